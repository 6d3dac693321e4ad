using Iop.Domain.Coding;
namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A diagnosis the plan addresses: a code supplied by the caller (ICD-10-CM, SNOMED CT, …) and whether
/// the caller classifies it as a substance-use diagnosis. The library never parses diagnosis codes.
/// </summary>
/// <remarks>
/// <para><see cref="IsSubstanceUse"/> drives <c>PLAN-NO-RELAPSE-PREVENTION</c>. The code and the flag are
/// sensitive (a substance-use diagnosis reveals substance-use treatment, 42 CFR Part 2), so
/// <see cref="ToString"/> prints neither.</para>
/// <para>Equality compares the code (system and code) and the flag. The <see langword="default"/> value
/// has a default code and is rejected wherever a diagnosis is accepted. This type is an immutable value
/// type and is thread-safe.</para>
/// </remarks>
public readonly record struct PlanDiagnosis
{
    /// <summary>Creates a diagnosis addressed by the plan.</summary>
    /// <param name="code">The diagnosis code, supplied by the caller.</param>
    /// <param name="isSubstanceUse">Whether the caller classifies it as a substance-use diagnosis.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value.</exception>
    public PlanDiagnosis(CodedValue code, bool isSubstanceUse)
    {
        if (code.Code.Length == 0)
        {
            throw new ArgumentException("The diagnosis code must not be the default value.", nameof(code));
        }

        Code = code;
        IsSubstanceUse = isSubstanceUse;
    }

    /// <summary>Gets the diagnosis code.</summary>
    public CodedValue Code { get; }

    /// <summary>Gets a value indicating whether the caller classifies the diagnosis as a substance-use diagnosis.</summary>
    public bool IsSubstanceUse { get; }

    /// <summary>Returns a fixed text: neither the code nor the flag is printed.</summary>
    /// <returns><c>PlanDiagnosis</c>.</returns>
    public override string ToString() => nameof(PlanDiagnosis);
}
