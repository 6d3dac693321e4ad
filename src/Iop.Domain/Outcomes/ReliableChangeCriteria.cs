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
/// <para>Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReliableChangeCriteria
{
    /// <summary>Creates the criteria.</summary>
    /// <param name="preTreatmentStandardDeviation">The SD of pre-treatment scores in the reference sample; above 0.</param>
    /// <param name="reliability">The test–retest reliability; in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public ReliableChangeCriteria(double preTreatmentStandardDeviation, double reliability)
    {
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
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 1).</exception>
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
    /// <exception cref="ArgumentOutOfRangeException">The value set is not finite.</exception>
    public double? CutOff
    {
        get;
        init => field = value is null || double.IsFinite(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(CutOff), "Value must be a finite number.");
    }

    /// <summary>Gets the standard error of the difference, √2 · SD · √(1 − r).</summary>
    public double StandardErrorOfDifference => Math.Sqrt(2) * PreTreatmentStandardDeviation * Math.Sqrt(1 - Reliability);
}
