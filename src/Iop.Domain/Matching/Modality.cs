namespace Iop.Domain.Matching;

/// <summary>
/// An evidence-based treatment modality a programme offers (SAMHSA TIP 47 ch. 4 lists these among the
/// services of intensive outpatient treatment). In matching a modality is only ever a soft preference.
/// <c>0</c> is not a member.
/// </summary>
public enum Modality
{
    /// <summary>Cognitive behavioral therapy (CBT).</summary>
    CognitiveBehavioralTherapy = 1,

    /// <summary>Dialectical behavior therapy (DBT).</summary>
    DialecticalBehaviorTherapy = 2,

    /// <summary>Motivational interviewing (MI) or motivational enhancement.</summary>
    MotivationalInterviewing = 3,

    /// <summary>Family therapy or family counseling.</summary>
    FamilyTherapy = 4,

    /// <summary>Relapse-prevention groups.</summary>
    RelapsePreventionGroups = 5,

    /// <summary>Twelve-step facilitation.</summary>
    TwelveStepFacilitation = 6,

    /// <summary>Trauma-informed care.</summary>
    TraumaInformedCare = 7,

    /// <summary>Medication management (including medications for substance-use disorders).</summary>
    MedicationManagement = 8,
}
