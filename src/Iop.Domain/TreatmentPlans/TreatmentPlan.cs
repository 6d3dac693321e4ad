using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// One version of a person's treatment plan: its <see cref="Content"/>, the date it took effect, its
/// version number, why it was revised, whether and when the person took part in it, and the versions
/// before it (<see cref="History"/>).
/// </summary>
/// <remarks>
/// <para>A plan changes only by producing a new version: <see cref="Revise"/> returns a new plan whose
/// <see cref="Previous"/> is this one; this one never changes. <see cref="RecordParticipation"/> records
/// that the person took part in this version (a date, never a signature image) and returns a copy of
/// the same version.</para>
/// <para>Invariants: versions are numbered from 1; each version takes effect on or after the one before;
/// no objective's target date and no planned discharge falls before <see cref="StartDate"/> (the first
/// version's date). A target date that has passed since is a clinical finding
/// (<c>PLAN-TARGET-DATE-PASSED</c>), not an error.</para>
/// <para>Equality is by value, including the whole history: two versions are equal when they and every
/// version before them are equal field by field. The chain is compared in a loop, never by recursion, so
/// a plan with a hundred thousand revisions compares (and hashes) without exhausting the stack; versions
/// shared by both chains stop the walk early. The hash code covers this version only (equal plans have
/// equal current versions). <see cref="ToString"/> prints the level, version and counts, never free text,
/// ids or codes. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TreatmentPlan
{
    private TreatmentPlan(PlanContent content, LocalDate startDate, LocalDate effectiveDate, int version, RevisionReason? revisionReason, LocalDate? participatedOn, TreatmentPlan? previous)
    {
        Content = content;
        StartDate = startDate;
        EffectiveDate = effectiveDate;
        Version = version;
        RevisionReason = revisionReason;
        ParticipatedOn = participatedOn;
        Previous = previous;
    }

    /// <summary>Gets what this version of the plan says.</summary>
    public PlanContent Content { get; }

    /// <summary>Gets the date the first version took effect.</summary>
    public LocalDate StartDate { get; }

    /// <summary>Gets the date this version took effect (the revision date for revisions).</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the version number, from 1.</summary>
    public int Version { get; }

    /// <summary>Gets why this version was made, or <see langword="null"/> for the first version.</summary>
    public RevisionReason? RevisionReason { get; }

    /// <summary>Gets the date the person took part in this version, or <see langword="null"/> if not recorded.</summary>
    public LocalDate? ParticipatedOn { get; }

    /// <summary>Gets the version before this one, or <see langword="null"/> for the first version.</summary>
    public TreatmentPlan? Previous { get; }

    /// <summary>
    /// Gets what the plan reveals for 42 CFR Part 2 labelling (see <see cref="Part2Sensitivity"/>):
    /// <see cref="Sensitivity.SubstanceUseDisorder"/> when this version addresses a diagnosis the caller flags as
    /// substance use (<see cref="PlanDiagnosis.IsSubstanceUse"/>), has an objective whose target is days abstinent
    /// or a measure on an SUD instrument (<see cref="Instrument.Sensitivity"/>, the AUDIT), or plans twelve-step
    /// facilitation; <see cref="Sensitivity.General"/> otherwise.
    /// </summary>
    /// <value>Computed from <see cref="Content"/> of this version.</value>
    public Sensitivity Sensitivity =>
        Content.Diagnoses.Any(d => d.IsSubstanceUse)
        || Content.Objectives.Any(o =>
            o.Target is { Kind: TargetKind.DaysAbstinent }
            || o.Target?.Measure is { Sensitivity: Sensitivity.SubstanceUseDisorder }
            || o.Interventions.Any(i => i.Modality == Intensity.Modality.TwelveStepFacilitation))
            ? Sensitivity.SubstanceUseDisorder
            : Sensitivity.General;

    /// <summary>Gets every version from the first to this one.</summary>
    public IReadOnlyList<TreatmentPlan> History
    {
        get
        {
            var versions = new TreatmentPlan[Version];
            for (var plan = this; plan is not null; plan = plan.Previous)
            {
                versions[plan.Version - 1] = plan;
            }

            return Array.AsReadOnly(versions);
        }
    }

    /// <summary>
    /// Returns an objective's statuses across the plan's versions: one entry per version, first to this one, in
    /// which an objective with the caller's id appears (versions without it are skipped).
    /// </summary>
    /// <param name="objectiveId">The caller's id of the objective (ids are unique plan-wide within a version and
    /// name the same objective across versions).</param>
    /// <returns>The entries in version order; empty when no version has the objective.</returns>
    /// <remarks>The chain is read in a loop through <see cref="Previous"/>, never by recursion, so a plan with a
    /// hundred thousand versions answers without exhausting the stack.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="objectiveId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is blank.</exception>
    public IReadOnlyList<ObjectiveStatusEntry> StatusHistoryOf(string objectiveId)
    {
        Guard.Against.Blank(objectiveId);
        var entries = new List<ObjectiveStatusEntry>();
        for (var plan = this; plan is not null; plan = plan.Previous)
        {
            if (plan.Content.TryGetObjective(objectiveId, out var objective))
            {
                entries.Add(new ObjectiveStatusEntry(plan.Version, plan.EffectiveDate, objective.Lifecycle, objective.Achievement));
            }
        }

        entries.Reverse();
        return entries.AsReadOnly();
    }

    /// <summary>Creates the first version of a plan.</summary>
    /// <param name="effectiveDate">The date the plan takes effect.</param>
    /// <param name="content">What the plan says.</param>
    /// <returns>Version 1 of the plan, without recorded participation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException">An objective's target date or the planned discharge in <paramref name="content"/> is before <paramref name="effectiveDate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveDate"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static TreatmentPlan Create(LocalDate effectiveDate, PlanContent content)
    {
        Guard.Against.UnsupportedDate(effectiveDate);
        CheckDates(content, effectiveDate);
        return new(content, effectiveDate, effectiveDate, 1, null, null, null);
    }

    /// <summary>Produces the next version of the plan; this version is unchanged.</summary>
    /// <param name="revisionDate">The date the new version takes effect, on or after this version's <see cref="EffectiveDate"/>.</param>
    /// <param name="reason">Why the plan is revised.</param>
    /// <param name="content">What the new version says (often <c>plan.Content with { … }</c>).</param>
    /// <returns>The new version, whose <see cref="Previous"/> is this one; participation is not carried over.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="revisionDate"/> is before this version's date, or an objective's
    /// target date or the planned discharge in <paramref name="content"/> is before <see cref="StartDate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revisionDate"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public TreatmentPlan Revise(LocalDate revisionDate, RevisionReason reason, PlanContent content)
    {
        Guard.Against.UnsupportedDate(revisionDate);
        Guard.Against.EndBeforeStart(revisionDate, EffectiveDate);
        Guard.Against.UndefinedMember(reason);
        CheckDates(content, StartDate);
        return new(content, StartDate, revisionDate, checked(Version + 1), reason, null, this);
    }

    /// <summary>Records that the person took part in this version of the plan.</summary>
    /// <param name="date">The date the person took part (reviewed and agreed to the plan).</param>
    /// <returns>A copy of this version with <see cref="ParticipatedOn"/> set; the version number is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public TreatmentPlan RecordParticipation(LocalDate date)
    {
        Guard.Against.UnsupportedDate(date);
        return new(Content, StartDate, EffectiveDate, Version, RevisionReason, date, Previous);
    }

    /// <inheritdoc/>
    public bool Equals(TreatmentPlan? other)
    {
        for (TreatmentPlan? left = this, right = other; ; left = left.Previous, right = right.Previous)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null || !SameVersion(left, right))
            {
                return false;
            }
        }
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Content, StartDate, EffectiveDate, Version, RevisionReason, ParticipatedOn);

    /// <summary>Formats the level, version and counts; never free text, ids or codes.</summary>
    /// <returns>For example <c>TreatmentPlan v2 IntensiveOutpatient (…)</c>.</returns>
    public override string ToString() => $"TreatmentPlan v{Version} {Content}";

    private static bool SameVersion(TreatmentPlan left, TreatmentPlan right) =>
        left.Version == right.Version
        && left.EffectiveDate == right.EffectiveDate
        && left.StartDate == right.StartDate
        && left.RevisionReason == right.RevisionReason
        && left.ParticipatedOn == right.ParticipatedOn
        && left.Content.Equals(right.Content);

    private static void CheckDates(PlanContent? content, LocalDate start, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(content))] string? paramName = null)
    {
        Guard.Against.Null(content, paramName);
        foreach (var objective in content.Objectives)
        {
            if (objective.TargetDate is { } target && target < start)
            {
                throw new ArgumentException("An objective's target date must not be before the plan's start date.", paramName);
            }
        }

        if (content.PlannedDischarge is { } discharge && discharge < start)
        {
            throw new ArgumentException("The planned discharge must not be before the plan's start date.", paramName);
        }
    }
}
