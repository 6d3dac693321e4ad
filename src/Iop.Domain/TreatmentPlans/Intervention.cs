using Iop.Domain.Intensity;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// A service the plan delivers for an <see cref="Objective"/>: its <see cref="Modality"/>, how often
/// (<see cref="Frequency"/>), how (<see cref="DeliveryMode"/>) and the <see cref="ResponsibleRole"/>
/// (a role, never a person).
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is the caller's id, unique among a plan's interventions; the same intervention
/// (same id, equal value) may be listed under several objectives and its hours count once in
/// <see cref="PlanContent.PlannedWeeklyHours"/>. <see cref="Description"/> is optional free text. Neither
/// is ever printed by <see cref="ToString"/>.</para>
/// <para>Derive variants with <c>with { … }</c>; the <c>init</c> accessors validate like the constructor.
/// Equality is by value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Intervention
{
    /// <summary>Creates an intervention.</summary>
    /// <param name="id">The caller's id for the intervention.</param>
    /// <param name="modality">The type of service.</param>
    /// <param name="frequency">Sessions per week and the length of each session.</param>
    /// <param name="deliveryMode">How the service is delivered.</param>
    /// <param name="responsibleRole">The role responsible for delivering it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or <paramref name="frequency"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="modality"/>, <paramref name="deliveryMode"/> or <paramref name="responsibleRole"/> is not defined.</exception>
    public Intervention(string id, Modality modality, InterventionFrequency frequency, DeliveryMode deliveryMode, ResponsibleRole responsibleRole)
    {
        Id = Guard.Against.Blank(id);
        Modality = Guard.Against.UndefinedMember(modality);
        Frequency = CheckedFrequency(frequency);
        DeliveryMode = Guard.Against.UndefinedMember(deliveryMode);
        ResponsibleRole = Guard.Against.UndefinedMember(responsibleRole);
    }

    /// <summary>Gets the caller's id (never printed).</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Id { get; init => field = Guard.Against.Blank(value, nameof(Id)); }

    /// <summary>Gets the type of service.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public Modality Modality { get; init => field = Guard.Against.UndefinedMember(value, nameof(Modality)); }

    /// <summary>Gets how often the service is planned.</summary>
    /// <exception cref="ArgumentException">Set to the default value.</exception>
    public InterventionFrequency Frequency { get; init => field = CheckedFrequency(value, nameof(Frequency)); }

    /// <summary>Gets how the service is delivered.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public DeliveryMode DeliveryMode { get; init => field = Guard.Against.UndefinedMember(value, nameof(DeliveryMode)); }

    /// <summary>Gets the role responsible for the service.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ResponsibleRole ResponsibleRole { get; init => field = Guard.Against.UndefinedMember(value, nameof(ResponsibleRole)); }

    /// <summary>Gets an optional free-text description (never printed).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Formats the modality, frequency, mode and role; never the id or description.</summary>
    /// <returns>For example <c>Intervention GroupTherapy 3 × 180 min/week InPerson AddictionCounselor</c>.</returns>
    public override string ToString() => $"Intervention {Modality} {Frequency} {DeliveryMode} {ResponsibleRole}";

    private static InterventionFrequency CheckedFrequency(InterventionFrequency frequency, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(frequency))] string? paramName = null) =>
        frequency.SessionLength == NodaTime.Duration.Zero
            ? throw new ArgumentException("The frequency must not be the default value.", paramName)
            : frequency;
}
