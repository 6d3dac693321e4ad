namespace Iop.Domain.TreatmentPlans;

/// <summary>Why a <see cref="TreatmentPlan"/> was revised into a new version. <c>0</c> is not a member.</summary>
public enum RevisionReason
{
    /// <summary>A scheduled review (see <see cref="TreatmentPlanRuleSet.ReviewInterval"/>).</summary>
    ScheduledReview = 1,

    /// <summary>The person moved to another level of care.</summary>
    LevelChange = 2,

    /// <summary>A goal or objective was achieved.</summary>
    GoalAchieved = 3,

    /// <summary>A change in the person's clinical condition.</summary>
    ClinicalChange = 4,
}
