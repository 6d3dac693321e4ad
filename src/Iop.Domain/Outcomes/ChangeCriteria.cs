namespace Iop.Domain.Outcomes;

/// <summary>
/// How change over time is judged for one instrument: the baseline window around admission, the
/// follow-up window, the eligibility, response and remission thresholds, reliable change, and the
/// "not on track" check.
/// </summary>
/// <remarks>
/// <para>Built-in criteria: <see cref="Phq9"/> (follow-up = latest score in the episode) and
/// <see cref="Phq9DrrE"/> (follow-up 120–240 days after baseline). Derive your own with
/// <c>with { … }</c>, for example to add <see cref="ReliableChange"/> or <see cref="NotOnTrackAfterWeeks"/>.
/// Response and remission thresholds are published for the PHQ-9 only; for another instrument set them
/// from your own source.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ChangeCriteria
{
    /// <summary>Creates criteria with the PHQ-9 defaults for an instrument.</summary>
    /// <param name="instrument">The instrument whose series these criteria judge.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public ChangeCriteria(Instrument instrument) => Instrument = Guard.Against.UndefinedMember(instrument);

    /// <summary>Gets the PHQ-9 criteria for an episode: baseline within 14 days of admission, follow-up = the latest later score.</summary>
    public static ChangeCriteria Phq9 { get; } = new(Instrument.Phq9);

    /// <summary>Gets the PHQ-9 criteria with the DRR-E follow-up window: the latest score 120 to 240 days after baseline (<c>OUT-DRR-WINDOW</c>).</summary>
    public static ChangeCriteria Phq9DrrE { get; } = new(Instrument.Phq9) { FollowUpFromDays = 120, FollowUpToDays = 240 };

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
    /// for "any later score". The follow-up score is the latest score in the window.
    /// </summary>
    /// <value>The default value is <see langword="null"/>; 120 in <see cref="Phq9DrrE"/> (<c>OUT-DRR-WINDOW</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3650].</exception>
    public int? FollowUpFromDays
    {
        get;
        init => field = value is null ? null : Guard.Against.OutsideRange(value.Value, 1, 3650, nameof(FollowUpFromDays));
    }

    /// <summary>Gets the last day after the baseline on which a follow-up score counts, or <see langword="null"/> for no limit.</summary>
    /// <value>The default value is <see langword="null"/>; 240 in <see cref="Phq9DrrE"/> (<c>OUT-DRR-WINDOW</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 3650].</exception>
    public int? FollowUpToDays
    {
        get;
        init => field = value is null ? null : Guard.Against.OutsideRange(value.Value, 1, 3650, nameof(FollowUpToDays));
    }

    /// <summary>Gets the score a baseline must be above to be elevated, i.e. eligible for response and remission.</summary>
    /// <value>The default value is 9 (<c>OUT-PHQ9-ELEVATED</c>, MNCM #1884).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int ElevatedAbove
    {
        get;
        init => field = Guard.Against.BelowMinimum(value, 0, nameof(ElevatedAbove));
    } = 9;

    /// <summary>Gets the share of the baseline by which the score must fall for a response, in (0, 1].</summary>
    /// <value>The default value is 0.5 (<c>OUT-PHQ9-RESPONSE</c>, NCQA DRR-E).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside (0, 1].</exception>
    public double ResponseReduction
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ResponseReduction), "Value must be in the range (0, 1].");
    } = 0.5;

    /// <summary>Gets the score a follow-up must be below for remission.</summary>
    /// <value>The default value is 5 (<c>OUT-PHQ9-REMISSION</c>, NCQA DRR-E, CMS159).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int RemissionBelow
    {
        get;
        init => field = Guard.Against.BelowMinimum(value, 1, nameof(RemissionBelow));
    } = 5;

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
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside (0, 1].</exception>
    public double NotOnTrackMinimumImprovement
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(NotOnTrackMinimumImprovement), "Value must be in the range (0, 1].");
    } = 0.5;
}
