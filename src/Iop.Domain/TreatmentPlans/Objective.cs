using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A measurable step toward a <see cref="Goal"/>: a free-text statement, a <see cref="MeasurableTarget"/>,
/// a <see cref="TargetDate"/>, its statuses and the <see cref="Interventions"/> that work toward it.
/// </summary>
/// <remarks>
/// <para>A draft objective may lack a target or a target date; validation reports it
/// (<c>PLAN-OBJECTIVE-NOT-MEASURABLE</c>) instead of throwing. A target date before the plan's start date
/// is a programming error and is rejected when the plan is created (<see cref="TreatmentPlan.Create"/>).</para>
/// <para>Statuses are held in the vocabulary EHRs exchange (HL7 FHIR R4 Goal): a <see cref="Lifecycle"/> status and
/// an optional <see cref="Achievement"/> status. The library's coarser <see cref="Status"/> is read from them,
/// and setting it sets both (see <see cref="Status"/>), so the two vocabularies never disagree
/// (decision record 0045).</para>
/// <para><see cref="Id"/> and <see cref="Statement"/> are never printed by <see cref="ToString"/>.
/// Derive variants with <c>with { … }</c>; the <c>init</c> accessors validate like the constructor.
/// Equality is by value (interventions compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Objective
{
    /// <summary>Creates an objective.</summary>
    /// <param name="id">The caller's id for the objective.</param>
    /// <param name="statement">The objective in words (free text, never printed).</param>
    /// <param name="target">What must be reached, or <see langword="null"/> in a draft.</param>
    /// <param name="targetDate">By when, or <see langword="null"/> in a draft.</param>
    /// <param name="status">Where the objective stands; sets <see cref="Lifecycle"/> and <see cref="Achievement"/> as
    /// <see cref="Status"/> describes (refine them with <c>init</c>).</param>
    /// <param name="interventions">The services that work toward it; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/> or <paramref name="interventions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="statement"/> is blank, or
    /// <paramref name="interventions"/> holds a null or two interventions with the same id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public Objective(string id, string statement, MeasurableTarget? target, LocalDate? targetDate, ObjectiveStatus status, IEnumerable<Intervention> interventions)
    {
        Id = Guard.Against.Blank(id);
        Statement = Guard.Against.Blank(statement);
        Target = target;
        TargetDate = targetDate;
        Status = Guard.Against.UndefinedMember(status);
        Interventions = PlanParts.UniqueIds(interventions, i => i.Id);
    }

    /// <summary>Gets the caller's id (never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Id { get; init => field = Guard.Against.Blank(value, nameof(Id)); }

    /// <summary>Gets the objective in words (free text, never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Statement { get; init => field = Guard.Against.Blank(value, nameof(Statement)); }

    /// <summary>Gets what must be reached, or <see langword="null"/> in a draft.</summary>
    public MeasurableTarget? Target { get; init; }

    /// <summary>Gets by when the target should be reached, or <see langword="null"/> in a draft.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>Gets where the objective stands, read from <see cref="Lifecycle"/> and <see cref="Achievement"/>.</summary>
    /// <value>
    /// <para>Read: proposed, planned, accepted → <see cref="ObjectiveStatus.NotStarted"/>; active, on-hold →
    /// <see cref="ObjectiveStatus.InProgress"/>; completed with achievement achieved or sustaining →
    /// <see cref="ObjectiveStatus.Achieved"/>; completed with no achievement status → <see cref="ObjectiveStatus.Revised"/>
    /// (no longer sought, no verdict: how a replaced objective is kept); completed with any other achievement status,
    /// cancelled, rejected, entered-in-error → <see cref="ObjectiveStatus.Discontinued"/>.</para>
    /// <para>Set (constructor, <c>init</c>): <see cref="ObjectiveStatus.NotStarted"/> → planned, no achievement;
    /// <see cref="ObjectiveStatus.InProgress"/> → active, in-progress; <see cref="ObjectiveStatus.Achieved"/> → completed,
    /// achieved; <see cref="ObjectiveStatus.Revised"/> → completed, no achievement; <see cref="ObjectiveStatus.Discontinued"/>
    /// → cancelled, not-achieved. Each set value reads back unchanged. Setting it replaces both FHIR statuses, so in an
    /// object initializer set <see cref="Lifecycle"/> or <see cref="Achievement"/> after it.</para>
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ObjectiveStatus Status
    {
        get => Lifecycle switch
        {
            GoalLifecycleStatus.Proposed or GoalLifecycleStatus.Planned or GoalLifecycleStatus.Accepted => ObjectiveStatus.NotStarted,
            GoalLifecycleStatus.Active or GoalLifecycleStatus.OnHold => ObjectiveStatus.InProgress,
            GoalLifecycleStatus.Completed => Achievement switch
            {
                GoalAchievementStatus.Achieved or GoalAchievementStatus.Sustaining => ObjectiveStatus.Achieved,
                null => ObjectiveStatus.Revised,
                _ => ObjectiveStatus.Discontinued,
            },
            _ => ObjectiveStatus.Discontinued,
        };
        init => (Lifecycle, Achievement) = Guard.Against.UndefinedMember(value, nameof(Status)) switch
        {
            ObjectiveStatus.NotStarted => (GoalLifecycleStatus.Planned, (GoalAchievementStatus?)null),
            ObjectiveStatus.InProgress => (GoalLifecycleStatus.Active, GoalAchievementStatus.InProgress),
            ObjectiveStatus.Achieved => (GoalLifecycleStatus.Completed, GoalAchievementStatus.Achieved),
            ObjectiveStatus.Revised => (GoalLifecycleStatus.Completed, null),
            _ => (GoalLifecycleStatus.Cancelled, GoalAchievementStatus.NotAchieved),
        };
    }

    /// <summary>Gets the objective's lifecycle status (HL7 FHIR R4 <c>Goal.lifecycleStatus</c>).</summary>
    /// <value>The default value follows the constructor's <c>status</c> (see <see cref="Status"/>).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public GoalLifecycleStatus Lifecycle { get; init => field = Guard.Against.UndefinedMember(value, nameof(Lifecycle)); }

    /// <summary>Gets how the objective is progressing (HL7 FHIR R4 <c>Goal.achievementStatus</c>), or <see langword="null"/> when none is recorded.</summary>
    /// <value>The default value follows the constructor's <c>status</c> (see <see cref="Status"/>).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public GoalAchievementStatus? Achievement { get; init => field = value is { } v ? Guard.Against.UndefinedMember(v, nameof(Achievement)) : null; }

    /// <summary>Gets a value indicating whether the objective is marked as met: achievement achieved or sustaining.</summary>
    public bool IsMarkedAchieved => Achievement is GoalAchievementStatus.Achieved or GoalAchievementStatus.Sustaining;

    /// <summary>Gets the services that work toward the objective, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or a duplicate id.</exception>
    public IReadOnlyList<Intervention> Interventions { get; init => field = PlanParts.UniqueIds(value, i => i.Id, nameof(Interventions)); }

    /// <summary>Gets a value indicating whether the objective has both a target and a target date.</summary>
    public bool IsMeasurable => Target is not null && TargetDate is not null;

    /// <summary>Gets a value indicating whether the objective is still open (not started or in progress).</summary>
    public bool IsOpen => Status is ObjectiveStatus.NotStarted or ObjectiveStatus.InProgress;

    /// <inheritdoc/>
    public bool Equals(Objective? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Statement, other.Statement, StringComparison.Ordinal)
        && Equals(Target, other.Target)
        && TargetDate == other.TargetDate
        && Lifecycle == other.Lifecycle
        && Achievement == other.Achievement
        && PlanParts.SequenceEqual(Interventions, other.Interventions);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Target);
        hash.Add(TargetDate);
        hash.Add(Lifecycle);
        hash.Add(Achievement);
        PlanParts.AddAll(ref hash, Interventions);
        return hash.ToHashCode();
    }

    /// <summary>Formats the status and counts; never the id, statement or target text.</summary>
    /// <returns>For example <c>Objective InProgress, measurable, 2 interventions</c>.</returns>
    public override string ToString() =>
        $"Objective {Status}, {(IsMeasurable ? "measurable" : "not measurable")}, {PlanParts.Plural(Interventions.Count, "intervention")}";
}
