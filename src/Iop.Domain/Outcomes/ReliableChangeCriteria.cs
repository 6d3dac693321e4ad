using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// What the Jacobson–Truax reliable change index needs from the caller: the pre-treatment standard
/// deviation and the test–retest reliability of the instrument in a reference sample, the threshold, and
/// optionally the clinical cut-off (rules <c>OUT-RCI</c> and <c>OUT-CSC-CUTOFF</c>).
/// </summary>
/// <remarks>
/// <para>The library ships no SD or reliability: they belong to the population the caller compares with.
/// Use <see cref="ReliableChange.CutOffA"/>, <see cref="ReliableChange.CutOffB"/> or
/// <see cref="ReliableChange.CutOffC"/> to compute a cut-off from norms. Scores are "higher is worse", so
/// a score below the cut-off is in the functional range.</para>
/// <para>The criteria are a rule set (<see cref="IRuleSet"/>) named by the caller after the reference sample
/// their numbers come from; they are passed inside <see cref="ChangeCriteria.ReliableChange"/>.</para>
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReliableChangeCriteria : IRuleSet
{
    private static readonly IReadOnlyList<RuleSource> DefaultSources = Array.AsReadOnly(new[] { OutcomeRules.ReliableChangeIndex.Source });

    private readonly string name;
    private readonly string version;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = DefaultSources;

    /// <summary>Creates the criteria.</summary>
    /// <param name="name">The criteria's name, for example the reference sample's.</param>
    /// <param name="version">Their version label.</param>
    /// <param name="effectiveFrom">The first date they apply to.</param>
    /// <param name="preTreatmentStandardDeviation">The SD of pre-treatment scores in the reference sample; a finite number above 0.</param>
    /// <param name="reliability">The test–retest reliability; in [0, 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preTreatmentStandardDeviation"/> is not a finite number above 0, or <paramref name="reliability"/> is outside [0, 1) (NaN and the infinities are refused).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public ReliableChangeCriteria(string name, string version, LocalDate effectiveFrom, double preTreatmentStandardDeviation, double reliability)
    {
        this.name = Guard.Against.Blank(name);
        this.version = Guard.Against.Blank(version);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        if (!(double.IsFinite(preTreatmentStandardDeviation) && preTreatmentStandardDeviation > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(preTreatmentStandardDeviation), "Value must be a finite number above 0.");
        }

        if (reliability is not (>= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), "Value must be in the range [0, 1).");
        }

        PreTreatmentStandardDeviation = preTreatmentStandardDeviation;
        Reliability = reliability;
    }

    /// <summary>Gets the criteria's name.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Name { get => name; init => name = Guard.Against.Blank(value, nameof(Name)); }

    /// <summary>Gets the version label.</summary>
    /// <exception cref="ArgumentException">Set to null or a blank value.</exception>
    public string Version { get => version; init => version = Guard.Against.Blank(value, nameof(Version)); }

    /// <summary>Gets the first date the criteria apply to.</summary>
    /// <value>No default: supplied by the caller.</value>
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

    /// <summary>Gets the sources of the numbers.</summary>
    /// <value>The default value cites Jacobson &amp; Truax 1991 (<c>OUT-RCI</c>); add the reference sample's publication.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources { get => sources; init => sources = Guard.Against.NullElements(value, nameof(Sources)); }

    /// <summary>Gets the SD of pre-treatment scores in the reference sample.</summary>
    /// <value>No default: supplied by the caller (<c>OUT-RCI</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not above 0 or not finite.</exception>
    public double PreTreatmentStandardDeviation
    {
        get;
        init => field = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(PreTreatmentStandardDeviation), "Value must be a finite number above 0.");
    }

    /// <summary>Gets the test–retest reliability.</summary>
    /// <value>No default: supplied by the caller (<c>OUT-RCI</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 1) or is NaN.</exception>
    public double Reliability
    {
        get;
        init => field = value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Reliability), "Value must be in the range [0, 1).");
    }

    /// <summary>Gets the |RCI| above which change is reliable.</summary>
    /// <value>The default value is 1.96, p &lt; .05 two-sided (<c>OUT-RCI</c>, Jacobson &amp; Truax 1991).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not above 0 or not finite.</exception>
    public double Threshold
    {
        get;
        init => field = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Threshold), "Value must be a finite number above 0.");
    } = 1.96;

    /// <summary>Gets the clinical cut-off (a, b or c), or <see langword="null"/> to classify without "recovered".</summary>
    /// <value>The default value is <see langword="null"/> (<c>OUT-CSC-CUTOFF</c>).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is NaN or infinite.</exception>
    public double? CutOff
    {
        get;
        init => field = value is null ? null : Guard.Against.NotFinite(value.Value, nameof(CutOff));
    }

    /// <inheritdoc/>
    public bool Equals(ReliableChangeCriteria? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Version == other.Version
                && EffectiveFrom == other.EffectiveFrom
                && EffectiveTo == other.EffectiveTo
                && Sources.SequenceEqual(other.Sources)
                && PreTreatmentStandardDeviation.Equals(other.PreTreatmentStandardDeviation)
                && Reliability.Equals(other.Reliability)
                && Threshold.Equals(other.Threshold)
                && CutOff.Equals(other.CutOff)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, PreTreatmentStandardDeviation, Reliability, Threshold, CutOff);

    /// <summary>Returns the criteria's name and version.</summary>
    /// <returns>For example <c>Clinic sample 2026</c>.</returns>
    public override string ToString() => $"{Name} {Version}";

    /// <summary>Gets the standard error of the difference, √2 · SD · √(1 − r).</summary>
    public double StandardErrorOfDifference => Math.Sqrt(2) * PreTreatmentStandardDeviation * Math.Sqrt(1 - Reliability);
}
