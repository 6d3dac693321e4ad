namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// What the person wants to reach for a <see cref="Problem"/>, in their words (free text), optionally
/// tagged with one of SAMHSA's four <see cref="RecoveryDimension"/>s, with the <see cref="Objectives"/>
/// that measure progress toward it.
/// </summary>
/// <remarks>
/// <para>A draft goal may have no objective; validation reports it (<c>PLAN-GOAL-NO-OBJECTIVE</c>).
/// <see cref="Id"/> and <see cref="Statement"/> are never printed by <see cref="ToString"/>.</para>
/// <para>Derive variants with <c>with { … }</c>; the <c>init</c> accessors validate like the constructor.
/// Equality is by value (objectives compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Goal
{
    /// <summary>Creates a goal.</summary>
    /// <param name="id">The caller's id for the goal.</param>
    /// <param name="statement">The goal in words (free text, never printed).</param>
    /// <param name="objectives">The objectives that measure progress; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/> or <paramref name="objectives"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="statement"/> is blank, or
    /// <paramref name="objectives"/> holds a null or two objectives with the same id.</exception>
    public Goal(string id, string statement, IEnumerable<Objective> objectives)
    {
        Id = Guard.Against.Blank(id);
        Statement = Guard.Against.Blank(statement);
        Objectives = PlanParts.UniqueIds(objectives, o => o.Id);
    }

    /// <summary>Gets the caller's id (never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Id { get; init => field = Guard.Against.Blank(value, nameof(Id)); }

    /// <summary>Gets the goal in words (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Statement { get; init => field = Guard.Against.Blank(value, nameof(Statement)); }

    /// <summary>Gets the recovery dimension the goal serves, if tagged.</summary>
    /// <value>The default value is <see langword="null"/> (not tagged).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public RecoveryDimension? Dimension { get; init => field = value is { } v ? Guard.Against.UndefinedMember(v, nameof(Dimension)) : null; }

    /// <summary>Gets the objectives, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or a duplicate id.</exception>
    public IReadOnlyList<Objective> Objectives { get; init => field = PlanParts.UniqueIds(value, o => o.Id, nameof(Objectives)); }

    /// <inheritdoc/>
    public bool Equals(Goal? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Statement, other.Statement, StringComparison.Ordinal)
        && Dimension == other.Dimension
        && PlanParts.SequenceEqual(Objectives, other.Objectives);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Dimension);
        PlanParts.AddAll(ref hash, Objectives);
        return hash.ToHashCode();
    }

    /// <summary>Formats the dimension and counts; never the id or statement.</summary>
    /// <returns>For example <c>Goal Health, 2 objectives</c>.</returns>
    public override string ToString() =>
        $"Goal {(Dimension is { } d ? d.ToString() : "untagged")}, {PlanParts.Plural(Objectives.Count, "objective")}";
}
