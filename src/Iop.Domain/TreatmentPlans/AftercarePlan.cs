using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.TreatmentPlans;

/// <summary>
/// The aftercare (continuing-care) plan: the level the person steps down to, mutual-help or peer
/// groups, the follow-up appointment date, recovery housing, vocational or educational linkage, and
/// optional free-text notes (never printed).
/// </summary>
/// <remarks>
/// <para>Every part is optional and set with <c>init</c>: <c>new AftercarePlan { StepDownLevel =
/// LevelOfCare.Outpatient, FollowUpAppointment = … }</c>. A plan with no part at all
/// (<see cref="IsEmpty"/>) counts as missing for <c>PLAN-NO-AFTERCARE</c>. After intensive outpatient
/// treatment, TIP 47 describes step-down to outpatient care and continuing community care
/// (mutual-help groups, recovery supports).</para>
/// <para>Equality is by value (groups compared in order). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AftercarePlan
{
    /// <summary>Gets the level of care the person steps down to, or <see langword="null"/> for none (community supports only).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public LevelOfCare? StepDownLevel { get; init => field = value is { } v ? Guard.Against.UndefinedMember(v, nameof(StepDownLevel)) : null; }

    /// <summary>Gets the mutual-help or peer groups the person is linked to.</summary>
    /// <value>The default value is an empty list.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a list with an undefined value.</exception>
    public IReadOnlyList<MutualHelpGroup> MutualHelpGroups
    {
        get;
        init
        {
            var list = Guard.Against.NullElements(value, nameof(MutualHelpGroups));
            foreach (var group in list)
            {
                Guard.Against.UndefinedMember(group, nameof(MutualHelpGroups));
            }

            field = list;
        }
    } = [];

    /// <summary>Gets the date of the first follow-up appointment after discharge, if booked.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? FollowUpAppointment { get; init => field = Guard.Against.UnsupportedDate(value, nameof(FollowUpAppointment)); }

    /// <summary>Gets a value indicating whether recovery housing is arranged.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool RecoveryHousing { get; init; }

    /// <summary>Gets a value indicating whether a vocational or educational linkage is arranged.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool VocationalOrEducationalLinkage { get; init; }

    /// <summary>Gets optional free-text notes (never printed).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Notes { get; init; }

    /// <summary>Gets a value indicating whether no part of the aftercare plan is filled in (notes alone do not count).</summary>
    public bool IsEmpty =>
        StepDownLevel is null && MutualHelpGroups.Count == 0 && FollowUpAppointment is null && !RecoveryHousing && !VocationalOrEducationalLinkage;

    /// <inheritdoc/>
    public bool Equals(AftercarePlan? other) =>
        other is not null
        && StepDownLevel == other.StepDownLevel
        && PlanParts.SequenceEqual(MutualHelpGroups, other.MutualHelpGroups)
        && FollowUpAppointment == other.FollowUpAppointment
        && RecoveryHousing == other.RecoveryHousing
        && VocationalOrEducationalLinkage == other.VocationalOrEducationalLinkage
        && string.Equals(Notes, other.Notes, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(StepDownLevel);
        PlanParts.AddAll(ref hash, MutualHelpGroups);
        hash.Add(FollowUpAppointment);
        hash.Add(RecoveryHousing);
        hash.Add(VocationalOrEducationalLinkage);
        return hash.ToHashCode();
    }

    /// <summary>Formats which parts are present; never the notes or the appointment date.</summary>
    /// <returns>For example <c>AftercarePlan (step-down Outpatient, 2 groups, follow-up booked, housing, linkage)</c>.</returns>
    public override string ToString() =>
        $"AftercarePlan (step-down {(StepDownLevel is { } l ? l.ToString() : "none")}, {PlanParts.Plural(MutualHelpGroups.Count, "group")}, " +
        $"follow-up {(FollowUpAppointment is null ? "not booked" : "booked")}, housing {(RecoveryHousing ? "yes" : "no")}, linkage {(VocationalOrEducationalLinkage ? "yes" : "no")})";
}
