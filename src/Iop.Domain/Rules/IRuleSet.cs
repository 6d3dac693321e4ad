using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>
/// What every rule set of the library says about itself: a name, a version, the dates it is in force and
/// the sources its thresholds come from. A rule set is immutable data passed to the evaluation that applies
/// it; built-in rule sets are static properties, versions of one rule set are held by a
/// <see cref="RuleSetCatalogue{TRuleSet}"/> that selects the one in force on a date, and callers derive
/// their own with <c>with { … }</c>.
/// </summary>
/// <remarks>
/// <para>A rule set refuses contradictory values when it is built (a minimum above its maximum, a window
/// that ends before it starts), throwing an <see cref="ArgumentException"/> that names the parameter.</para>
/// <para>No evaluation reads a rule set it was not given: there is no global or "current" rule set.</para>
/// </remarks>
public interface IRuleSet
{
    /// <summary>Gets the rule set's name, for example <c>Medicare PHP/IOP</c>. Versions of one rule set share it.</summary>
    string Name { get; }

    /// <summary>Gets the version, for example <c>CY2024</c>; unique among the versions of one rule set.</summary>
    string Version { get; }

    /// <summary>Gets the first date of service the rule set applies to.</summary>
    LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last date of service the rule set applies to, or <see langword="null"/> while it is open-ended.</summary>
    LocalDate? EffectiveTo { get; }

    /// <summary>Gets the sources the rule set's thresholds come from.</summary>
    IReadOnlyList<RuleSource> Sources { get; }
}
