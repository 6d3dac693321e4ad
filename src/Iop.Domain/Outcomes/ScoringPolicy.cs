using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// How instruments are scored where practice varies: what to do with missing items, how many items of
/// each instrument may be prorated, and the positive-screen cut-offs that depend on sex (the AUDIT-C).
/// </summary>
/// <remarks>
/// <para>A scoring policy is a rule set (<see cref="IRuleSet"/>) passed to every scoring call. Built-in
/// policies are <see cref="Default"/> (refuse missing items) and <see cref="Prorating"/> (opt in to
/// prorating). Derive your own with <c>with { … }</c>, <see cref="WithMaximumMissingItems"/> and
/// <see cref="WithScreenCutOffsBySex"/>; every value is checked when set. An instrument the policy does not
/// mention is never prorated, and its screen is its own <see cref="Instrument.PositiveScreenAtOrAbove"/>.</para>
/// <para>Equality is by value (the per-instrument entries element by element). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScoringPolicy : IRuleSet
{
    private static readonly IReadOnlyList<RuleSource> DefaultSources = Array.AsReadOnly(new[] { OutcomeRules.Phq9Prorate.Source, OutcomeRules.AuditCPositive.Source, OutcomeRules.Pcl5Provisional.Source });

    private readonly string name;
    private readonly string version;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = DefaultSources;
    private readonly MissingItemPolicy missingItems = MissingItemPolicy.Refuse;

    /// <summary>Creates a policy that refuses missing items and has no per-instrument entries.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="version">Its version label.</param>
    /// <param name="effectiveFrom">The first date it applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public ScoringPolicy(string name, string version, LocalDate effectiveFrom)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
    }

    /// <summary>
    /// Gets the default policy: missing items refuse scoring; the PHQ-9 may lose at most 2 items once prorating
    /// is switched on; AUDIT-C positive at 4 or more for men and 3 or more for women; PCL-5 provisional PTSD at
    /// 33 or more (the upper end of the published range 31–33, <c>OUT-PCL5-PROVISIONAL</c>).
    /// </summary>
    public static ScoringPolicy Default { get; } = new ScoringPolicy("Iop.Domain scoring, missing items refused", "1", SupportedDates.First)
        .WithMaximumMissingItems(Instrument.Phq9, 2)
        .WithScreenCutOffsBySex(Instrument.AuditC, male: 4, female: 3)
        .WithScreenCutOff(Instrument.Pcl5, 33);

    /// <summary>Gets the default policy with prorating switched on (at most 2 missing PHQ-9 items, <c>OUT-PHQ9-PRORATE</c>).</summary>
    public static ScoringPolicy Prorating { get; } = Default with { Name = "Iop.Domain scoring, missing items prorated", MissingItems = MissingItemPolicy.Prorate };

    /// <summary>Gets the policy's name.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date the policy applies to.</summary>
    /// <value><see cref="SupportedDates.First"/> (1900-01-01) for the built-ins: the scoring conventions they hold carry no date of effect.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom { get; init => field = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom)); }

    /// <summary>Gets the last date the policy applies to, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo
    {
        get => effectiveTo;
        init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo));
    }

    /// <summary>Gets the sources of the policy's numbers.</summary>
    /// <value>The default value cites Arrieta et al. 2017 (<c>OUT-PHQ9-PRORATE</c>), Seth et al. 2015 (<c>OUT-AUDITC-POSITIVE</c>) and Bovin et al. 2016 (<c>OUT-PCL5-PROVISIONAL</c>).</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.NullElements(value, nameof(Sources)); }

    /// <summary>Gets what scoring does when items are missing.</summary>
    /// <value>The default value is <see cref="MissingItemPolicy.Refuse"/> (<c>OUT-PHQ9-PRORATE</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined policy.</exception>
    public MissingItemPolicy MissingItems
    {
        get => missingItems;
        init => missingItems = Guard.Against.UndefinedMember(value, nameof(MissingItems));
    }

    /// <summary>Returns a copy of this policy that allows up to <paramref name="maximumMissing"/> missing items of an instrument when prorating.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="maximumMissing">The most items that may be missing, in [0, item count − 1].</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumMissing"/> is outside [0, item count − 1].</exception>
    public ScoringPolicy WithMaximumMissingItems(Instrument instrument, int maximumMissing)
    {
        Guard.Against.Null(instrument);
        Guard.Against.OutsideRange(maximumMissing, 0, instrument.ItemCount - 1);
        return this with { MissingLimits = [.. MissingLimits.Where(l => l.Instrument != instrument), new MissingItemLimit(instrument, maximumMissing)] };
    }

    /// <summary>Returns a copy of this policy whose positive screen for an instrument depends on sex, with these cut-offs.</summary>
    /// <param name="instrument">The instrument (the AUDIT-C in <see cref="Default"/>).</param>
    /// <param name="male">The total at or above which a man screens positive, in (minimum total, maximum total].</param>
    /// <param name="female">The total at or above which a woman screens positive, in (minimum total, maximum total].</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="male"/> or <paramref name="female"/> is outside the instrument's range.</exception>
    public ScoringPolicy WithScreenCutOffsBySex(Instrument instrument, int male, int female)
    {
        Guard.Against.Null(instrument);
        Guard.Against.OutsideRange(male, instrument.MinimumTotal + 1, instrument.MaximumTotal);
        Guard.Against.OutsideRange(female, instrument.MinimumTotal + 1, instrument.MaximumTotal);
        return this with { SexCutOffsList = [.. SexCutOffsList.Where(c => c.Instrument != instrument), new SexScreenCutOffs(instrument, male, female)] };
    }

    /// <summary>
    /// Returns a copy of this policy in which an instrument's positive screen is at <paramref name="atOrAbove"/>,
    /// in place of the instrument's own <see cref="Instrument.PositiveScreenAtOrAbove"/> (used for a cut-off
    /// published as a range: the PCL-5's 31–33, 33 in <see cref="Default"/>). Cut-offs by sex, where set, come first.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="atOrAbove">The total at or above which the screen is positive, in (minimum total, maximum total].</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atOrAbove"/> is outside the instrument's range.</exception>
    public ScoringPolicy WithScreenCutOff(Instrument instrument, int atOrAbove)
    {
        Guard.Against.Null(instrument);
        Guard.Against.OutsideRange(atOrAbove, instrument.MinimumTotal + 1, instrument.MaximumTotal);
        return this with { CutOffList = [.. CutOffList.Where(c => c.Instrument != instrument), new ScreenCutOff(instrument, atOrAbove)] };
    }

    /// <summary>Gets the positive-screen cut-off this policy sets for an instrument in place of the instrument's own.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="atOrAbove">The cut-off, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the policy sets a cut-off for <paramref name="instrument"/>.</returns>
    /// <remarks>In <see cref="Default"/>: PCL-5 33 (<c>OUT-PCL5-PROVISIONAL</c>, Bovin et al. 2016: 31–33).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public bool TryGetScreenCutOff(Instrument instrument, out int atOrAbove)
    {
        Guard.Against.Null(instrument);
        if (FindCutOff(instrument) is { } found)
        {
            atOrAbove = found;
            return true;
        }

        atOrAbove = 0;
        return false;
    }

    /// <summary>Returns how many items of an instrument may be missing under this policy.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>0 when the policy refuses missing items or has no limit for the instrument.</returns>
    /// <remarks>In <see cref="Default"/> and <see cref="Prorating"/>: PHQ-9 2 (<c>OUT-PHQ9-PRORATE</c>, Arrieta et al. 2017); every other instrument 0 (no proration rule shipped).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public int MaximumMissingItems(Instrument instrument)
    {
        Guard.Against.Null(instrument);
        if (MissingItems == MissingItemPolicy.Refuse)
        {
            return 0;
        }

        foreach (var limit in MissingLimits)
        {
            if (ReferenceEquals(limit.Instrument, instrument) || limit.Instrument.Equals(instrument))
            {
                return limit.MaximumMissing;
            }
        }

        return 0;
    }

    /// <summary>Gets the positive-screen cut-off of an instrument for a sex, when this policy makes its screen depend on sex.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="sex">The sex.</param>
    /// <param name="cutOff">The total at or above which the screen is positive, when the method returns <see langword="true"/>.</param>
    /// <returns>Whether the policy holds cut-offs by sex for <paramref name="instrument"/>.</returns>
    /// <remarks>In <see cref="Default"/>: AUDIT-C 4 for men and 3 for women (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not defined.</exception>
    public bool TryGetScreenCutOff(Instrument instrument, Sex sex, out int cutOff)
    {
        Guard.Against.Null(instrument);
        Guard.Against.UndefinedMember(sex);
        if (FindSexCutOffs(instrument) is { } found)
        {
            cutOff = sex == Sex.Male ? found.Male : found.Female;
            return true;
        }

        cutOff = 0;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ScoringPolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Version == other.Version
                && EffectiveFrom == other.EffectiveFrom
                && EffectiveTo == other.EffectiveTo
                && MissingItems == other.MissingItems
                && Sources.SequenceEqual(other.Sources)
                && SameEntries(MissingLimits, other.MissingLimits)
                && SameEntries(SexCutOffsList, other.SexCutOffsList)
                && SameEntries(CutOffList, other.CutOffList)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, EffectiveFrom, MissingItems, MissingLimits.Length, SexCutOffsList.Length);

    /// <summary>Returns the policy's name and version.</summary>
    /// <returns>For example <c>Iop.Domain scoring, missing items refused 1</c>.</returns>
    public override string ToString() => $"{Name} {Version}";

    /// <summary>
    /// Gets the per-instrument limits on missing items set by <see cref="WithMaximumMissingItems"/>, in the order they
    /// were set (a later limit for the same instrument replaces the earlier one). They apply only while
    /// <see cref="MissingItems"/> is <see cref="MissingItemPolicy.Prorate"/>; read the limit in force with
    /// <see cref="MaximumMissingItems"/>.
    /// </summary>
    /// <value>In <see cref="Default"/> and <see cref="Prorating"/>: PHQ-9 2 (<c>OUT-PHQ9-PRORATE</c>, Arrieta et al. 2017).</value>
    public IReadOnlyList<MissingItemLimit> MissingItemLimits => Array.AsReadOnly(MissingLimits);

    /// <summary>Gets the positive-screen cut-offs by sex set by <see cref="WithScreenCutOffsBySex"/>, one entry per instrument, in the order they were set.</summary>
    /// <value>In <see cref="Default"/>: AUDIT-C 4 for men and 3 for women (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</value>
    public IReadOnlyList<SexScreenCutOffs> ScreenCutOffsBySex => Array.AsReadOnly(SexCutOffsList);

    /// <summary>Gets the positive-screen cut-offs set by <see cref="WithScreenCutOff"/> in place of the instruments' own, one entry per instrument, in the order they were set.</summary>
    /// <value>In <see cref="Default"/>: PCL-5 33 (<c>OUT-PCL5-PROVISIONAL</c>, Bovin et al. 2016: 31–33).</value>
    public IReadOnlyList<ScreenCutOff> ScreenCutOffs => Array.AsReadOnly(CutOffList);

    private MissingItemLimit[] MissingLimits { get; init; } = [];

    private SexScreenCutOffs[] SexCutOffsList { get; init; } = [];

    private ScreenCutOff[] CutOffList { get; init; } = [];

    /// <summary>Finds the policy's cut-off for an instrument, or <see langword="null"/>; allocation-free.</summary>
    internal int? FindCutOff(Instrument instrument)
    {
        foreach (var entry in CutOffList)
        {
            if (ReferenceEquals(entry.Instrument, instrument) || entry.Instrument.Equals(instrument))
            {
                return entry.AtOrAbove;
            }
        }

        return null;
    }

    /// <summary>Finds the cut-offs by sex for an instrument, or <see langword="null"/>; allocation-free.</summary>
    internal SexScreenCutOffs? FindSexCutOffs(Instrument instrument)
    {
        foreach (var entry in SexCutOffsList)
        {
            if (ReferenceEquals(entry.Instrument, instrument) || entry.Instrument.Equals(instrument))
            {
                return entry;
            }
        }

        return null;
    }

    // Entries are compared as sets: the order in which they were added does not matter.
    private static bool SameEntries<T>(T[] left, T[] right) => left.Length == right.Length && left.All(right.Contains);
}
