namespace Iop.Domain.Outcomes;

/// <summary>
/// The sex by which a published screening threshold is stratified (the AUDIT-C positive-screen
/// threshold, rule <c>OUT-AUDITC-POSITIVE</c>). The value <c>0</c> is not a member; where sex is
/// unknown, pass <see langword="null"/> and the screen is reported as undetermined.
/// </summary>
public enum Sex
{
    /// <summary>Male: the published AUDIT-C threshold for men applies.</summary>
    Male = 1,

    /// <summary>Female: the published AUDIT-C threshold for women applies.</summary>
    Female = 2,
}
