namespace Iop.Domain.Rules;

/// <summary>
/// The one findings contract every evaluation result of the library implements: the findings the
/// evaluation produced and whether any of them is an error. One renderer and one alert map, keyed on
/// <see cref="Finding.RuleId"/>, serve every namespace through it.
/// </summary>
/// <remarks>
/// <para>Results either are an <see cref="Evaluation{T}"/> (an answer plus findings) or a result type of
/// their own that implements this interface. Every implementation has value equality and is immutable.</para>
/// <para>Findings are in the canonical order: by rule id (ordinal), then severity (most severe first), then
/// message, then subject; equal inputs give equal lists.</para>
/// </remarks>
public interface IEvaluationResult
{
    /// <summary>Gets the findings, in the canonical order.</summary>
    IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    bool HasErrors { get; }
}
