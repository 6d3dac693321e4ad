namespace Iop.Domain.Outcomes;

/// <summary>
/// How instruments are scored where practice varies: what to do with missing items, how many may be
/// prorated, and the AUDIT-C positive-screen thresholds by sex.
/// </summary>
/// <remarks>
/// <para>Built-in policies are <see cref="Default"/> (refuse missing items) and <see cref="Prorating"/>
/// (opt in to prorating). Derive your own with <c>with { … }</c>; every property is checked when set.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ScoringPolicy
{
    /// <summary>Gets the default policy: missing items refuse scoring; AUDIT-C thresholds 4 (men) and 3 (women).</summary>
    public static ScoringPolicy Default { get; } = new();

    /// <summary>Gets the default policy with prorating switched on (at most 2 missing PHQ-9 items, <c>OUT-PHQ9-PRORATE</c>).</summary>
    public static ScoringPolicy Prorating { get; } = new() { MissingItems = MissingItemPolicy.Prorate };

    /// <summary>Gets what scoring does when items are missing.</summary>
    /// <value>The default value is <see cref="MissingItemPolicy.Refuse"/> (<c>OUT-PHQ9-PRORATE</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined policy.</exception>
    public MissingItemPolicy MissingItems
    {
        get;
        init => field = Guard.Against.UndefinedMember(value, nameof(MissingItems));
    } = MissingItemPolicy.Refuse;

    /// <summary>Gets the most PHQ-9 items that may be missing when prorating, in [0, 8].</summary>
    /// <value>The default value is 2 (<c>OUT-PHQ9-PRORATE</c>, Arrieta et al. 2017).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 8].</exception>
    public int Phq9MaximumMissingItems
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 0, 8, nameof(Phq9MaximumMissingItems));
    } = 2;

    /// <summary>
    /// Gets the most GAD-7 items that may be missing when prorating, in [0, 6]. No published proration
    /// rule for the GAD-7 is shipped, so none are allowed unless the caller sets its own.
    /// </summary>
    /// <value>The default value is 0 (no source for a GAD-7 proration limit; <c>OUT-PHQ9-PRORATE</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 6].</exception>
    public int Gad7MaximumMissingItems
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 0, 6, nameof(Gad7MaximumMissingItems));
    }

    /// <summary>Gets the AUDIT-C total at or above which a man screens positive, in [1, 12].</summary>
    /// <value>The default value is 4 (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 12].</exception>
    public int AuditCPositiveMale
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 12, nameof(AuditCPositiveMale));
    } = 4;

    /// <summary>Gets the AUDIT-C total at or above which a woman screens positive, in [1, 12].</summary>
    /// <value>The default value is 3 (<c>OUT-AUDITC-POSITIVE</c>, Bradley et al. 2007 via Seth et al. 2015).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [1, 12].</exception>
    public int AuditCPositiveFemale
    {
        get;
        init => field = Guard.Against.OutsideRange(value, 1, 12, nameof(AuditCPositiveFemale));
    } = 3;

    /// <summary>Returns how many items of an instrument may be missing under this policy.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>0 when the policy refuses missing items or the instrument has no proration rule (AUDIT, AUDIT-C).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instrument"/> is not defined.</exception>
    public int MaximumMissingItems(Instrument instrument) => Guard.Against.UndefinedMember(instrument) switch
    {
        _ when MissingItems == MissingItemPolicy.Refuse => 0,
        Instrument.Phq9 => Phq9MaximumMissingItems,
        Instrument.Gad7 => Gad7MaximumMissingItems,
        _ => 0,
    };
}
