namespace Iop.Domain.TreatmentPlans;

/// <summary>The kind of a <see cref="MeasurableTarget"/>: a small closed set plus "other, described". <c>0</c> is not a member.</summary>
public enum TargetKind
{
    /// <summary>A measure (for example the PHQ-9 total, LOINC 44261-6) compared with a threshold.</summary>
    MeasureValue = 1,

    /// <summary>Attendance of at least a number of sessions.</summary>
    SessionsAttended = 2,

    /// <summary>At least a number of consecutive days abstinent.</summary>
    DaysAbstinent = 3,

    /// <summary>A skill demonstrated, described in free text.</summary>
    SkillDemonstrated = 4,

    /// <summary>Another target, described in free text.</summary>
    Other = 5,
}
