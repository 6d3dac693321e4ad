using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// Which ASAM Criteria edition is in force, by jurisdiction and date (rule <c>CONT-ASAM-EDITION-IN-FORCE</c>): the
/// <see cref="Adoptions"/> of the states known to have switched, and the <see cref="DefaultEdition"/> everywhere else.
/// </summary>
/// <remarks>
/// <para>Built-in: <see cref="UnitedStates2026"/> (checked December 2026: Illinois adopted the 4th edition on
/// 2025-07-01, Washington no later than 2026-01-01; the 3rd edition elsewhere), held in the catalogue
/// <see cref="UnitedStates"/>. A programme in another state adds its state's adoption with
/// <see cref="WithAdoption"/> (or <c>with { Adoptions = … }</c>), citing its own source.</para>
/// <para>For a state and date, the adoption of that state with the latest <see cref="AsamEditionAdoption.EffectiveFrom"/>
/// on or before the date decides; before any, <see cref="DefaultEdition"/> applies. A state may have several adoptions
/// (for example a later return to another edition), never two on one date.</para>
/// <para>Equality is by value over every property (lists compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AsamEditionRuleSet : IRuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">Its version label.</param>
    /// <param name="effectiveFrom">The first date the rule set applies to.</param>
    /// <param name="defaultEdition">The edition in force where no adoption applies.</param>
    /// <param name="adoptions">The known adoptions; at most one per state and date.</param>
    /// <param name="sources">The sources the rule set comes from; at least one.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, <paramref name="sources"/>
    /// is empty or holds a null, or <paramref name="adoptions"/> holds a null or two adoptions of one state on one date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultEdition"/> is not defined, or <paramref name="effectiveFrom"/> is outside <see cref="SupportedDates"/>.</exception>
    public AsamEditionRuleSet(string name, string version, LocalDate effectiveFrom, AsamEdition defaultEdition, IEnumerable<AsamEditionAdoption> adoptions, IEnumerable<RuleSource> sources)
    {
        Name = Guard.Against.Blank(name);
        Version = Guard.Against.Blank(version);
        EffectiveFrom = RuleSetIdentity.CheckEffectiveFrom(effectiveFrom, null, nameof(effectiveFrom));
        DefaultEdition = Guard.Against.UndefinedMember(defaultEdition);
        Adoptions = CheckAdoptions(adoptions);
        Sources = Guard.Against.EmptyOrNullElements(sources);
    }

    /// <summary>Gets the ASAM editions in force in the United States as checked in December 2026: Illinois 4th edition
    /// from 2025-07-01, Washington 4th edition from 2026-01-01, the 3rd edition elsewhere.</summary>
    /// <value>Name <c>ASAM editions by state</c>, version <c>2026-12</c>, in force from 2013-01-01 (the 3rd edition's
    /// year), open-ended. Sources: Illinois DHS/SUPR (dhs.state.il.us item 170097) and Washington HCA (SB 5361) — high.</value>
    public static AsamEditionRuleSet UnitedStates2026 { get; } = new(
        "ASAM editions by state",
        "2026-12",
        new LocalDate(2013, 1, 1),
        AsamEdition.Third,
        [
            new AsamEditionAdoption(UsState.Illinois, AsamEdition.Fourth, new LocalDate(2025, 7, 1), ContinuumRules.IllinoisAsamFourth),
            new AsamEditionAdoption(UsState.Washington, AsamEdition.Fourth, new LocalDate(2026, 1, 1), ContinuumRules.WashingtonAsamFourth),
        ],
        [Citations.AsamCriteriaThirdEdition, ContinuumRules.IllinoisAsamFourth, ContinuumRules.WashingtonAsamFourth]);

    /// <summary>Gets the versions of the built-in rule set; select the one in force on a date with <see cref="RuleSetCatalogue{TRuleSet}.InForceOn"/>.</summary>
    /// <value>One version today: <see cref="UnitedStates2026"/>, open-ended.</value>
    public static RuleSetCatalogue<AsamEditionRuleSet> UnitedStates { get; } = new([UnitedStates2026]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get; init => field = Guard.Against.Blank(value, nameof(Name)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get; init => field = Guard.Against.Blank(value, nameof(Version)); }

    /// <inheritdoc/>
    /// <value>2013-01-01 in <see cref="UnitedStates2026"/>.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom
    {
        get;
        init => field = RuleSetIdentity.CheckEffectiveFrom(value, EffectiveTo, nameof(EffectiveFrom));
    }

    /// <inheritdoc/>
    /// <value>The default value is <see langword="null"/> (open-ended).</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo { get; init => field = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo)); }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get; init => field = Guard.Against.EmptyOrNullElements(value, nameof(Sources)); }

    /// <summary>Gets the edition in force where no adoption applies.</summary>
    /// <value><see cref="AsamEdition.Third"/> in <see cref="UnitedStates2026"/> ("most states remain on the 3rd").</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AsamEdition DefaultEdition { get; init => field = Guard.Against.UndefinedMember(value, nameof(DefaultEdition)); }

    /// <summary>Gets the known adoptions, in the order given.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a null or two adoptions of one state on one date.</exception>
    public IReadOnlyList<AsamEditionAdoption> Adoptions { get; init => field = CheckAdoptions(value, nameof(Adoptions)); }

    /// <summary>Returns the edition in force in a jurisdiction on a date.</summary>
    /// <param name="state">The jurisdiction.</param>
    /// <param name="date">The date (of the assessment or service).</param>
    /// <returns>The edition of the state's latest adoption on or before <paramref name="date"/>, else <see cref="DefaultEdition"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="state"/> is the invalid <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported dates.</exception>
    public AsamEdition EditionOn(UsState state, LocalDate date) =>
        TryGetAdoptionOn(state, date, out var adoption) ? adoption.Edition : DefaultEdition;

    /// <summary>Gets the adoption that decides the edition in a jurisdiction on a date, if any (to cite its source).</summary>
    /// <param name="state">The jurisdiction.</param>
    /// <param name="date">The date.</param>
    /// <param name="adoption">The state's latest adoption on or before <paramref name="date"/>, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether an adoption applies; <see langword="false"/> when <see cref="DefaultEdition"/> does.</returns>
    /// <exception cref="ArgumentException"><paramref name="state"/> is the invalid <see langword="default"/> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported dates.</exception>
    public bool TryGetAdoptionOn(UsState state, LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AsamEditionAdoption? adoption)
    {
        AsamEditionAdoption.CheckState(state);
        Guard.Against.UnsupportedDate(date);
        adoption = null;
        for (var i = 0; i < Adoptions.Count; i++)
        {
            var candidate = Adoptions[i];
            if (candidate.State == state && candidate.EffectiveFrom <= date && (adoption is null || candidate.EffectiveFrom > adoption.EffectiveFrom))
            {
                adoption = candidate;
            }
        }

        return adoption is not null;
    }

    /// <summary>Returns a copy with one more adoption (a caller adds its state).</summary>
    /// <param name="adoption">The adoption to add.</param>
    /// <returns>A new rule set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adoption"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule set already has an adoption of that state on that date.</exception>
    public AsamEditionRuleSet WithAdoption(AsamEditionAdoption adoption)
    {
        Guard.Against.Null(adoption);
        return this with { Adoptions = CheckAdoptions([.. Adoptions, adoption], nameof(adoption)) };
    }

    /// <inheritdoc/>
    public bool Equals(AsamEditionRuleSet? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && DefaultEdition == other.DefaultEdition
        && Adoptions.SequenceEqual(other.Adoptions)
        && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Version, StringComparer.Ordinal);
        hash.Add(EffectiveFrom);
        hash.Add(EffectiveTo);
        hash.Add(DefaultEdition);
        foreach (var adoption in Adoptions)
        {
            hash.Add(adoption);
        }

        foreach (var source in Sources)
        {
            hash.Add(source);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the rule set as <c>ASAM editions by state 2026-12 (from 2013-01-01, 2 adoptions)</c>.</summary>
    /// <returns>The name, version, dates and the number of adoptions.</returns>
    public override string ToString() =>
        EffectiveTo is { } to
            ? $"{Name} {Version} ({EffectiveFrom:uuuu'-'MM'-'dd} to {to:uuuu'-'MM'-'dd}, {Adoptions.Count} adoption{(Adoptions.Count == 1 ? string.Empty : "s")})"
            : $"{Name} {Version} (from {EffectiveFrom:uuuu'-'MM'-'dd}, {Adoptions.Count} adoption{(Adoptions.Count == 1 ? string.Empty : "s")})";

    private static IReadOnlyList<AsamEditionAdoption> CheckAdoptions(IEnumerable<AsamEditionAdoption>? adoptions, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(adoptions))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(adoptions, paramName);
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (list[j].State == list[i].State && list[j].EffectiveFrom == list[i].EffectiveFrom)
                {
                    throw new ArgumentException("A state has at most one adoption per date.", paramName);
                }
            }
        }

        return list;
    }
}
