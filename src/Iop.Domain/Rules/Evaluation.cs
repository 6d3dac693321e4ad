namespace Iop.Domain.Rules;

/// <summary>
/// The answer of an evaluation together with the findings it produced. Evaluations that need more
/// than a value and findings define their own result type implementing <see cref="IEvaluationResult"/>.
/// </summary>
/// <typeparam name="T">The type of the answer.</typeparam>
/// <remarks>
/// Findings are in the canonical order (rule id, severity, message, subject), so equal inputs give equal evaluations.
/// Equality compares the value and the findings element by element. This type is immutable and
/// thread-safe when <typeparamref name="T"/> is.
/// </remarks>
public sealed class Evaluation<T> : IEvaluationResult, IEquatable<Evaluation<T>>
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="value">The answer.</param>
    /// <param name="findings">The findings; copied and in the canonical order (rule id, severity, message, subject).</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> contains null.</exception>
    public Evaluation(T value, IEnumerable<Finding> findings)
    {
        var copy = Guard.Against.NullElements(findings).ToArray();
        Array.Sort(copy, FindingOrder.Instance);
        Value = value;
        Findings = Array.AsReadOnly(copy);
    }

    /// <summary>Gets the answer.</summary>
    public T Value { get; }

    /// <summary>Gets the findings, in the canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two evaluations by value.</summary>
    /// <param name="left">The first evaluation.</param>
    /// <param name="right">The second evaluation.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Evaluation<T>? left, Evaluation<T>? right) => Equals(left, right);

    /// <summary>Compares two evaluations by value.</summary>
    /// <param name="left">The first evaluation.</param>
    /// <param name="right">The second evaluation.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Evaluation<T>? left, Evaluation<T>? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Evaluation<T>? other) =>
        other is not null
        && EqualityComparer<T>.Default.Equals(Value, other.Value)
        && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Evaluation<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Value);
        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the evaluation without printing its value (which may carry caller data).</summary>
    /// <returns>For example <c>Evaluation (2 findings, errors)</c>.</returns>
    public override string ToString() =>
        $"Evaluation ({Findings.Count} finding{(Findings.Count == 1 ? string.Empty : "s")}{(HasErrors ? ", errors" : string.Empty)})";
}
