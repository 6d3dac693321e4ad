using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// How change over time is judged for one instrument: the baseline window around admission, the
/// follow-up window, the eligibility, response and remission thresholds, reliable change, and the
/// "not on track" check.
/// </summary>
/// <remarks>
/// <para>Change criteria are a rule set (<see cref="IRuleSet"/>) passed to <see cref="SymptomChanges.Evaluate"/>
/// and the cohort metrics. Built-in criteria: <see cref="Phq9"/> (follow-up = latest score in the episode) and
/// <see cref="Phq9DrrE"/> (follow-up 120–240 days after baseline). Response and remission thresholds are
/// published for the PHQ-9 only, so criteria for another instrument (a shipped one or the caller's own) are
/// built with thresholds from the caller's source: the constructor takes them, and there is no PHQ-9 default
/// for another instrument. Derive variants with <c>with { … }</c> (for example to add
/// <see cref="ReliableChange"/> or <see cref="NotOnTrackAfterWeeks"/>) and <see cref="WithFollowUpWindow"/>.</para>
/// <para>Contradictory values are refused when built, naming the parameter: thresholds outside the instrument's
/// range, a remission threshold above the elevated threshold, a follow-up window that ends before it starts.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ChangeCriteria : IRuleSet
{
    private readonly string name;
    private readonly string version;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources;

    /// <summary>Creates criteria for an instrument.</summary>
    /// <param name="name">The criteria's name.</param>
    /// <param name="version">Their version label.</param>
    /// <param name="effectiveFrom">The first date they apply to.</param>
    /// <param name="instrument">The instrument whose series these criteria judge.</param>
    /// <param name="elevatedAbove">The score a baseline must be above to be eligible for response and remission, in [minimum total, maximum total − 1].</param>
    /// <param name="responseReduction">The share of the baseline by which the score must fall for a response, in (0, 1].</param>
    /// <param name="remissionBelow">The score a follow-up must be below for remission, in [minimum total + 1, <paramref name="elevatedAbove"/> + 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="version"/> or <paramref name="instrument"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, or <paramref name="remissionBelow"/> is above <paramref name="elevatedAbove"/> + 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside its range (a <paramref name="responseReduction"/> of NaN or an infinity is outside (0, 1]).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public ChangeCriteria(string name, string version, LocalDate effectiveFrom, Instrument instrument, int elevatedAbove, double responseReduction, int remissionBelow)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        Instrument = Guard.Against.Null(instrument);
        ElevatedAbove = Guard.Against.OutsideRange(elevatedAbove, instrument.MinimumTotal, instrument.MaximumTotal - 1);
        ResponseReduction = responseReduction is > 0 and <= 1 ? responseReduction : throw new ArgumentOutOfRangeException(nameof(responseReduction), "Value must be in the range (0, 1].");
        RemissionBelow = Guard.Against.OutsideRange(remissionBelow, instrument.MinimumTotal + 1, instrument.MaximumTotal);
        if (remissionBelow > elevatedAbove + 1)
        {
            throw new ArgumentException("The remission threshold must not be above the elevated threshold plus one: a follow-up in remission must be below every eligible baseline.", nameof(remissionBelow));
        }

        sources = Array.AsReadOnly(Array.Empty<RuleSource>());
    }

    /// <summary>
    /// Gets the PHQ-9 criteria for an episode: baseline within 14 days of admission, follow-up = the latest later
    /// score; eligible above 9 (<c>OUT-PHQ9-ELEVATED</c>), response at a 50 % fall (<c>OUT-PHQ9-RESPONSE</c>),
    /// remission below 5 (<c>OUT-PHQ9-REMISSION</c>).
    /// </summary>
    public static ChangeCriteria Phq9 { get; } = new("PHQ-9 change", "2025", SupportedDates.First, Instrument.Phq9, elevatedAbove: 9, responseReduction: 0.5, remissionBelow: 5)
    {
        Sources = [OutcomeRules.BaselineWindow.Source, OutcomeRules.Phq9Elevated.Source, OutcomeRules.Phq9Response.Source],
    };

    /// <summary>Gets the PHQ-9 criteria with the DRR-E follow-up window: the latest score 120 to 240 days after baseline (<c>OUT-DRR-WINDOW</c>).</summary>
    public static ChangeCriteria Phq9DrrE { get; } = Phq9.WithFollowUpWindow(120, 240) with { Name = "PHQ-9 change, DRR-E window" };

    /// <summary>Gets the criteria's name.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date the criteria apply to.</summary>
    /// <value><see cref="SupportedDates.First"/> (1900-01-01) for the built-ins: the definitions they hold carry no date of effect.</value>
    /// <exception cref="ArgumentException">Set to a date after <see cref="EffectiveTo"/> (when moving both later, set <see cref="EffectiveTo"/> first).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate EffectiveFrom { get; init => field = RuleSetIdentity.CheckEffectiveFrom(value, effectiveTo, nameof(EffectiveFrom)); }

    /// <summary>Gets the last date the criteria apply to, or <see langword="null"/> while they are open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo
    {
        get => effectiveTo;
        init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo));
    }

    /// <summary>Gets the sources of the thresholds.</summary>
    /// <value>The default value is empty; the built-ins cite MNCM #1884, NCQA DRR-E and the baseline convention (docs/decisions/0031).</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.NullElements(value, nameof(Sources)); }

    /// <summary>Gets the instrument whose series these criteria judge.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets how many days before admission a baseline score may be dated, in [0, 365].</summary>
    /// <value>The default value is 14, the instruments' two-week recall period (<c>OUT-BASELINE-WINDOW</c>, library convention).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 365].</exception>
    public int BaselineDaysBefore
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 0, 365, nameof(BaselineDaysBefore));
    } = 14;

    /// <summary>Gets how many days after admission a baseline score may be dated, in [0, 365].</summary>
    /// <value>The default value is 14 (<c>OUT-BASELINE-WINDOW</c>, library convention).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 365].</exception>
    public int BaselineDaysAfter
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 0, 365, nameof(BaselineDaysAfter));
    } = 14;

    /// <summary>
    /// Gets the first day after the baseline on which a follow-up score counts, or <see langword="null"/>
    /// for "any later score". The follow-up score is the latest score in the window. Set with <see cref="WithFollowUpWindow"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>; 120 in <see cref="Phq9DrrE"/> (<c>OUT-DRR-WINDOW</c>).</value>
    public int? FollowUpFromDays { get; private init; }

    /// <summary>Gets the last day after the baseline on which a follow-up score counts, or <see langword="null"/> for no limit. Set with <see cref="WithFollowUpWindow"/>.</summary>
    /// <value>The default value is <see langword="null"/>; 240 in <see cref="Phq9DrrE"/> (<c>OUT-DRR-WINDOW</c>).</value>
    public int? FollowUpToDays { get; private init; }

    /// <summary>Gets the score a baseline must be above to be elevated, i.e. eligible for response and remission.</summary>
    /// <value>9 in <see cref="Phq9"/> (<c>OUT-PHQ9-ELEVATED</c>, MNCM #1884); no default for another instrument.</value>
    public int ElevatedAbove { get; }

    /// <summary>Gets the share of the baseline by which the score must fall for a response, in (0, 1].</summary>
    /// <value>0.5 in <see cref="Phq9"/> (<c>OUT-PHQ9-RESPONSE</c>, NCQA DRR-E); no default for another instrument.</value>
    public double ResponseReduction { get; }

    /// <summary>Gets the score a follow-up must be below for remission.</summary>
    /// <value>5 in <see cref="Phq9"/> (<c>OUT-PHQ9-REMISSION</c>, NCQA DRR-E, CMS159); no default for another instrument.</value>
    public int RemissionBelow { get; }

    /// <summary>Gets the reliable-change criteria, or <see langword="null"/> to skip the RCI.</summary>
    /// <value>The default value is <see langword="null"/>: the SD and reliability must come from the caller (<c>OUT-RCI</c>).</value>
    public ReliableChangeCriteria? ReliableChange { get; init; }

    /// <summary>
    /// Gets the number of weeks after baseline from which too little improvement is reported as not on
    /// track, or <see langword="null"/> to switch the check off.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no published number of weeks is shipped (<c>OUT-NOT-ON-TRACK</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 104].</exception>
    public int? NotOnTrackAfterWeeks
    {
        get;
        init => field = value is null ? null : Guard.Against.OutsideRange(value.Value, 1, 104, nameof(NotOnTrackAfterWeeks));
    }

    /// <summary>Gets the share of the baseline the score must have fallen by, once the weeks have passed, to be on track, in (0, 1].</summary>
    /// <value>The default value is 0.5, the response definition (<c>OUT-NOT-ON-TRACK</c>, after <c>OUT-PHQ9-RESPONSE</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside (0, 1] or is NaN.</exception>
    public double NotOnTrackMinimumImprovement
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(NotOnTrackMinimumImprovement), "Value must be in the range (0, 1].");
    } = 0.5;

    /// <summary>Returns a copy of these criteria with another follow-up window (both ends checked together).</summary>
    /// <param name="fromDays">The first day after the baseline on which a follow-up counts, in [1, 3650], or <see langword="null"/> for the day after.</param>
    /// <param name="toDays">The last such day, in [1, 3650] and not before <paramref name="fromDays"/>, or <see langword="null"/> for no limit.</param>
    /// <returns>The new criteria.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromDays"/> or <paramref name="toDays"/> is outside [1, 3650].</exception>
    /// <exception cref="ArgumentException"><paramref name="toDays"/> is before <paramref name="fromDays"/>.</exception>
    public ChangeCriteria WithFollowUpWindow(int? fromDays, int? toDays)
    {
        if (fromDays is { } from)
        {
            Guard.Against.OutsideRange(from, 1, 3650, nameof(fromDays));
        }

        if (toDays is { } to)
        {
            Guard.Against.OutsideRange(to, 1, 3650, nameof(toDays));
            Guard.Against.EndBeforeStart(to, fromDays ?? 1, nameof(toDays));
        }

        return this with { FollowUpFromDays = fromDays, FollowUpToDays = toDays };
    }

    /// <inheritdoc/>
    public bool Equals(ChangeCriteria? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Version == other.Version
                && EffectiveFrom == other.EffectiveFrom
                && EffectiveTo == other.EffectiveTo
                && Sources.SequenceEqual(other.Sources)
                && Instrument == other.Instrument
                && BaselineDaysBefore == other.BaselineDaysBefore
                && BaselineDaysAfter == other.BaselineDaysAfter
                && FollowUpFromDays == other.FollowUpFromDays
                && FollowUpToDays == other.FollowUpToDays
                && ElevatedAbove == other.ElevatedAbove
                && ResponseReduction.Equals(other.ResponseReduction)
                && RemissionBelow == other.RemissionBelow
                && ReliableChange == other.ReliableChange
                && NotOnTrackAfterWeeks == other.NotOnTrackAfterWeeks
                && NotOnTrackMinimumImprovement.Equals(other.NotOnTrackMinimumImprovement)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, Instrument, ElevatedAbove, RemissionBelow, FollowUpFromDays, FollowUpToDays, ReliableChange);

    /// <summary>Returns the criteria's name and version.</summary>
    /// <returns>For example <c>PHQ-9 change 2025</c>.</returns>
    public override string ToString() => $"{Name} {Version}";
}
