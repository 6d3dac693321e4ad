namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A problem the plan addresses, in words (free text), with the <see cref="Goals"/> set for it.
/// </summary>
/// <remarks>
/// <para>A draft problem may have no goal or no intervention under its goals; validation reports the
/// latter (<c>PLAN-PROBLEM-NO-INTERVENTION</c>). <see cref="Id"/> and <see cref="Statement"/> are never
/// printed by <see cref="ToString"/>.</para>
/// <para>Derive variants with <c>with { … }</c>; the <c>init</c> accessors validate like the constructor.
/// Equality is by value (goals compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="id">The caller's id for the problem.</param>
    /// <param name="statement">The problem in words (free text, never printed).</param>
    /// <param name="goals">The goals set for it; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/> or <paramref name="goals"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="statement"/> is blank, or
    /// <paramref name="goals"/> holds a null or two goals with the same id.</exception>
    public Problem(string id, string statement, IEnumerable<Goal> goals)
    {
        Id = Guard.Against.Blank(id);
        Statement = Guard.Against.Blank(statement);
        Goals = PlanParts.UniqueIds(goals, g => g.Id);
    }

    /// <summary>Gets the caller's id (never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Id { get; init => field = Guard.Against.Blank(value, nameof(Id)); }

    /// <summary>Gets the problem in words (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Statement { get; init => field = Guard.Against.Blank(value, nameof(Statement)); }

    /// <summary>Gets the goals, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or a duplicate id.</exception>
    public IReadOnlyList<Goal> Goals { get; init => field = PlanParts.UniqueIds(value, g => g.Id, nameof(Goals)); }

    /// <inheritdoc/>
    public bool Equals(Problem? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Statement, other.Statement, StringComparison.Ordinal)
        && PlanParts.SequenceEqual(Goals, other.Goals);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        PlanParts.AddAll(ref hash, Goals);
        return hash.ToHashCode();
    }

    /// <summary>Formats the counts; never the id or statement.</summary>
    /// <returns>For example <c>Problem, 2 goals</c>.</returns>
    public override string ToString() => $"Problem, {PlanParts.Plural(Goals.Count, "goal")}";
}
