using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// What one version of a <see cref="TreatmentPlan"/> says: the level of care, the diagnoses it
/// addresses, problems → goals → objectives → interventions, the relapse-prevention and aftercare
/// plans, and the planned discharge date (the planned duration of services).
/// </summary>
/// <remarks>
/// <para>Ids are unique plan-wide per kind of part: no two problems, goals or objectives share an id.
/// The same intervention (same id, equal value) may be listed under several objectives and counts once
/// in <see cref="PlannedWeeklyHours"/>; two different interventions with the same id are rejected.</para>
/// <para>Content is a plain value: derive the next version's content with <c>with { … }</c> and pass it
/// to <see cref="TreatmentPlan.Revise"/>; the <c>init</c> accessors validate like the constructor.
/// Nothing free-text is printed by <see cref="ToString"/>. Equality is by value (lists compared in order).
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanContent
{
    private readonly IReadOnlyList<Problem> problems;
    private readonly IReadOnlyList<Intervention> interventions;
    private readonly Duration plannedWeeklyHours;

    /// <summary>Creates plan content.</summary>
    /// <param name="level">The level of care the plan is for.</param>
    /// <param name="diagnoses">The diagnoses addressed, codes distinct.</param>
    /// <param name="problems">The problems addressed, with their goals, objectives and interventions.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="diagnoses"/> or <paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnoses"/> holds a default diagnosis or the same code twice;
    /// <paramref name="problems"/> holds a null, or two problems, goals or objectives with the same id, or two
    /// different interventions with the same id.</exception>
    public PlanContent(LevelOfCare level, IEnumerable<PlanDiagnosis> diagnoses, IEnumerable<Problem> problems)
    {
        Level = Guard.Against.UndefinedMember(level);
        Diagnoses = CheckedDiagnoses(diagnoses);
        (this.problems, interventions, plannedWeeklyHours) = CheckedProblems(problems);
    }

    /// <summary>Gets the level of care the plan is for.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public LevelOfCare Level { get; init => field = Guard.Against.UndefinedMember(value, nameof(Level)); }

    /// <summary>Gets the diagnoses the plan addresses.</summary>
    /// <exception cref="ArgumentException">Set to a list with a default diagnosis or a repeated code.</exception>
    public IReadOnlyList<PlanDiagnosis> Diagnoses { get; init => field = CheckedDiagnoses(value, nameof(Diagnoses)); }

    /// <summary>Gets the problems, in the order given.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null or a repeated id.</exception>
    public IReadOnlyList<Problem> Problems
    {
        get => problems;
        init => (problems, interventions, plannedWeeklyHours) = CheckedProblems(value, nameof(Problems));
    }

    /// <summary>Gets the relapse-prevention plan, if any.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public RelapsePreventionPlan? RelapsePrevention { get; init; }

    /// <summary>Gets the aftercare (continuing-care) plan, if any.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public AftercarePlan? Aftercare { get; init; }

    /// <summary>Gets the planned discharge date, which states the planned duration of services.</summary>
    /// <value>The default value is <see langword="null"/> (not yet planned).</value>
    public LocalDate? PlannedDischarge { get; init; }

    /// <summary>Gets every goal of every problem, in order.</summary>
    public IEnumerable<Goal> Goals => Problems.SelectMany(p => p.Goals);

    /// <summary>Gets every objective of every goal, in order.</summary>
    public IEnumerable<Objective> Objectives => Goals.SelectMany(g => g.Objectives);

    /// <summary>Finds the objective with a caller id (ids are unique plan-wide), in indexed loops.</summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="objective">The objective, when found.</param>
    /// <returns>Whether the content has an objective with the id.</returns>
    internal bool TryGetObjective(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Objective? objective)
    {
        for (var p = 0; p < problems.Count; p++)
        {
            var goals = problems[p].Goals;
            for (var g = 0; g < goals.Count; g++)
            {
                var objectives = goals[g].Objectives;
                for (var o = 0; o < objectives.Count; o++)
                {
                    if (string.Equals(objectives[o].Id, id, StringComparison.Ordinal))
                    {
                        objective = objectives[o];
                        return true;
                    }
                }
            }
        }

        objective = null;
        return false;
    }

    /// <summary>Gets the distinct interventions (by id), in the order first listed.</summary>
    /// <value>Computed once, when the problems are set; reading it does not allocate.</value>
    public IReadOnlyList<Intervention> Interventions => interventions;

    /// <summary>
    /// Gets the planned weekly hours: the sum of <see cref="InterventionFrequency.WeeklyDuration"/> (sessions per
    /// week times the session length) over the distinct interventions (an intervention listed under several
    /// objectives counts once).
    /// </summary>
    /// <value>Computed once, when the problems are set.</value>
    public Duration PlannedWeeklyHours => plannedWeeklyHours;

    /// <summary>Gets a value indicating whether any diagnosis is flagged as substance use.</summary>
    public bool AddressesSubstanceUse => Diagnoses.Any(d => d.IsSubstanceUse);

    /// <inheritdoc/>
    public bool Equals(PlanContent? other) =>
        other is not null
        && Level == other.Level
        && PlanParts.SequenceEqual(Diagnoses, other.Diagnoses)
        && PlanParts.SequenceEqual(Problems, other.Problems)
        && Equals(RelapsePrevention, other.RelapsePrevention)
        && Equals(Aftercare, other.Aftercare)
        && PlannedDischarge == other.PlannedDischarge;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Level);
        PlanParts.AddAll(ref hash, Diagnoses);
        PlanParts.AddAll(ref hash, Problems);
        hash.Add(RelapsePrevention);
        hash.Add(Aftercare);
        hash.Add(PlannedDischarge);
        return hash.ToHashCode();
    }

    /// <summary>Formats the level and counts; never text, ids or codes.</summary>
    /// <returns>For example <c>PlanContent IntensiveOutpatient (2 diagnoses, 3 problems, 4 goals, 6 objectives, 5 interventions)</c>.</returns>
    public override string ToString() =>
        $"PlanContent {Level} ({Diagnoses.Count} diagnos{(Diagnoses.Count == 1 ? "is" : "es")}, " +
        $"{PlanParts.Plural(Problems.Count, "problem")}, {PlanParts.Plural(Goals.Count(), "goal")}, " +
        $"{PlanParts.Plural(Objectives.Count(), "objective")}, {PlanParts.Plural(Interventions.Count, "intervention")})";

    private static IReadOnlyList<PlanDiagnosis> CheckedDiagnoses(IEnumerable<PlanDiagnosis>? diagnoses, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(diagnoses))] string? paramName = null)
    {
        var list = Guard.Against.NullElements(diagnoses, paramName);
        var seen = new HashSet<CodedValue>();
        foreach (var diagnosis in list)
        {
            if (diagnosis.Code.Code.Length == 0)
            {
                throw new ArgumentException("A diagnosis must not be the default value.", paramName);
            }

            if (!seen.Add(diagnosis.Code))
            {
                throw new ArgumentException("Two diagnoses have the same code; codes must be distinct.", paramName);
            }
        }

        return list;
    }

    private static (IReadOnlyList<Problem> Problems, IReadOnlyList<Intervention> Interventions, Duration PlannedWeeklyHours) CheckedProblems(
        IEnumerable<Problem>? problems, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(problems))] string? paramName = null)
    {
        var list = PlanParts.UniqueIds(problems, p => p.Id, paramName);
        var goals = new HashSet<string>(StringComparer.Ordinal);
        var objectives = new HashSet<string>(StringComparer.Ordinal);
        var interventions = new Dictionary<string, Intervention>(StringComparer.Ordinal);
        var ordered = new List<Intervention>();
        var planned = Duration.Zero;
        foreach (var goal in list.SelectMany(p => p.Goals))
        {
            if (!goals.Add(goal.Id))
            {
                throw new ArgumentException("Two goals have the same id; ids must be unique in a plan.", paramName);
            }

            foreach (var objective in goal.Objectives)
            {
                if (!objectives.Add(objective.Id))
                {
                    throw new ArgumentException("Two objectives have the same id; ids must be unique in a plan.", paramName);
                }

                foreach (var intervention in objective.Interventions)
                {
                    if (interventions.TryGetValue(intervention.Id, out var earlier))
                    {
                        if (!earlier.Equals(intervention))
                        {
                            throw new ArgumentException("Two different interventions have the same id; an intervention listed twice must be the same value.", paramName);
                        }
                    }
                    else
                    {
                        interventions.Add(intervention.Id, intervention);
                        ordered.Add(intervention);
                        planned += intervention.Frequency.WeeklyDuration;
                    }
                }
            }
        }

        return (list, ordered.AsReadOnly(), planned);
    }
}
