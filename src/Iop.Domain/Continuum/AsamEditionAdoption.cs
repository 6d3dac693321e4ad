using NodaTime;
using Iop.Domain.Rules;

namespace Iop.Domain.Continuum;

/// <summary>
/// A jurisdiction's adoption of an ASAM edition from a date, with its source: for example Illinois, 4th edition,
/// from 2025-07-01 (Illinois DHS/SUPR). One entry of an <see cref="AsamEditionRuleSet"/>.
/// </summary>
/// <remarks>
/// Equality is by value. <see cref="ToString"/> prints the state, edition and date (all public facts, never a
/// person's). This type is immutable and thread-safe.
/// </remarks>
public sealed record AsamEditionAdoption
{
    /// <summary>Creates an adoption.</summary>
    /// <param name="state">The jurisdiction.</param>
    /// <param name="edition">The edition it adopts.</param>
    /// <param name="effectiveFrom">The first date the edition is in force there.</param>
    /// <param name="source">Where the adoption is published.</param>
    /// <exception cref="ArgumentException"><paramref name="state"/> is the invalid <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined, or <paramref name="effectiveFrom"/> is outside the supported dates.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public AsamEditionAdoption(UsState state, AsamEdition edition, LocalDate effectiveFrom, RuleSource source)
    {
        State = CheckState(state);
        Edition = Guard.Against.UndefinedMember(edition);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        Source = Guard.Against.Null(source);
    }

    /// <summary>Gets the jurisdiction.</summary>
    /// <exception cref="ArgumentException">Set to the invalid <see langword="default"/> value.</exception>
    public UsState State { get; init => field = CheckState(value, nameof(State)); }

    /// <summary>Gets the edition adopted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AsamEdition Edition { get; init => field = Guard.Against.UndefinedMember(value, nameof(Edition)); }

    /// <summary>Gets the first date the edition is in force in the jurisdiction.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the supported dates.</exception>
    public LocalDate EffectiveFrom { get; init => field = Guard.Against.UnsupportedDate(value, nameof(EffectiveFrom)); }

    /// <summary>Gets where the adoption is published.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RuleSource Source { get; init => field = Guard.Against.Null(value, nameof(Source)); }

    /// <summary>Formats the adoption as <c>IL: ASAM 4th ed. from 2025-07-01</c>.</summary>
    /// <returns>The state, edition and date.</returns>
    public override string ToString() => $"{State}: ASAM {(Edition == AsamEdition.Third ? "3rd" : "4th")} ed. from {EffectiveFrom:uuuu'-'MM'-'dd}";

    internal static UsState CheckState(UsState state, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(state))] string? paramName = null) =>
        state.IsValid ? state : throw new ArgumentException("The state is the invalid default value; use UsState.Parse or a named state.", paramName);
}
