namespace Iop.Domain.Outcomes;

/// <summary>
/// The Jacobson–Truax (1991) reliable change index and clinical-significance cut-offs
/// (rules <c>OUT-RCI</c> and <c>OUT-CSC-CUTOFF</c>; Jacobson &amp; Truax, J Consult Clin Psychol 1991;59(1):12–19).
/// </summary>
public static class ReliableChange
{
    /// <summary>Computes RC = (after − before) / S_diff, with S_diff = √(2·SE²) and SE = SD·√(1 − r).</summary>
    /// <param name="before">The earlier score (x₁); a finite number.</param>
    /// <param name="after">The later score (x₂); a finite number.</param>
    /// <param name="criteria">The SD and reliability.</param>
    /// <returns>The index; negative when the score fell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="before"/> or <paramref name="after"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static double Index(double before, double after, ReliableChangeCriteria criteria)
    {
        Guard.Against.NotFinite(before);
        Guard.Against.NotFinite(after);
        Guard.Against.Null(criteria);
        return (after - before) / criteria.StandardErrorOfDifference;
    }

    /// <summary>Returns the smallest change in raw points that is reliable: threshold × S_diff.</summary>
    /// <param name="criteria">The SD, reliability and threshold.</param>
    /// <returns>The change, in score points, that |RCI| must exceed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static double MinimumReliableChange(ReliableChangeCriteria criteria)
    {
        Guard.Against.Null(criteria);
        return criteria.Threshold * criteria.StandardErrorOfDifference;
    }

    /// <summary>Classifies a change from <paramref name="before"/> to <paramref name="after"/> (higher scores are worse).</summary>
    /// <param name="before">The earlier score; a finite number.</param>
    /// <param name="after">The later score; a finite number.</param>
    /// <param name="criteria">The SD, reliability, threshold and optional cut-off.</param>
    /// <returns>Recovered, improved, unchanged or deteriorated.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="before"/> or <paramref name="after"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static ChangeCategory Classify(double before, double after, ReliableChangeCriteria criteria)
    {
        var rci = Index(before, after, criteria);
        return Classify(rci, before, after, criteria);
    }

    /// <summary>Cut-off a: two SDs beyond the dysfunctional mean, toward health (M_dys − 2·SD_dys).</summary>
    /// <param name="dysfunctionalMean">The mean of the dysfunctional (clinical) population; a finite number.</param>
    /// <param name="dysfunctionalSd">Its standard deviation; a finite number above 0.</param>
    /// <returns>The cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dysfunctionalMean"/> is NaN or infinite, or <paramref name="dysfunctionalSd"/> is not a finite number above 0.</exception>
    public static double CutOffA(double dysfunctionalMean, double dysfunctionalSd) =>
        Guard.Against.NotFinite(dysfunctionalMean) - (2 * Positive(dysfunctionalSd, nameof(dysfunctionalSd)));

    /// <summary>Cut-off b: two SDs beyond the functional mean, toward illness (M_func + 2·SD_func).</summary>
    /// <param name="functionalMean">The mean of the functional (non-clinical) population; a finite number.</param>
    /// <param name="functionalSd">Its standard deviation; a finite number above 0.</param>
    /// <returns>The cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="functionalMean"/> is NaN or infinite, or <paramref name="functionalSd"/> is not a finite number above 0.</exception>
    public static double CutOffB(double functionalMean, double functionalSd) =>
        Guard.Against.NotFinite(functionalMean) + (2 * Positive(functionalSd, nameof(functionalSd)));

    /// <summary>Cut-off c: the SD-weighted midpoint (SD_dys·M_func + SD_func·M_dys) / (SD_dys + SD_func), preferred when the norms overlap.</summary>
    /// <param name="dysfunctionalMean">The mean of the dysfunctional population; a finite number.</param>
    /// <param name="dysfunctionalSd">Its standard deviation; a finite number above 0.</param>
    /// <param name="functionalMean">The mean of the functional population; a finite number.</param>
    /// <param name="functionalSd">Its standard deviation; a finite number above 0.</param>
    /// <returns>The cut-off.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A mean is NaN or infinite, or a standard deviation is not a finite number above 0.</exception>
    public static double CutOffC(double dysfunctionalMean, double dysfunctionalSd, double functionalMean, double functionalSd)
    {
        Guard.Against.NotFinite(dysfunctionalMean);
        Positive(dysfunctionalSd, nameof(dysfunctionalSd));
        Guard.Against.NotFinite(functionalMean);
        Positive(functionalSd, nameof(functionalSd));
        return ((dysfunctionalSd * functionalMean) + (functionalSd * dysfunctionalMean)) / (dysfunctionalSd + functionalSd);
    }

    internal static ChangeCategory Classify(double rci, double before, double after, ReliableChangeCriteria criteria)
    {
        if (rci < -criteria.Threshold)
        {
            return criteria.CutOff is { } cut && before >= cut && after < cut ? ChangeCategory.Recovered : ChangeCategory.Improved;
        }

        return rci > criteria.Threshold ? ChangeCategory.Deteriorated : ChangeCategory.Unchanged;
    }

    private static double Positive(double value, string paramName) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(paramName, "Value must be a finite number above 0.");
}
