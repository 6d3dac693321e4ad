using Iop.Domain.Coding;
using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// An episode's append-only level-of-care history: the admission entry, every later change with its
/// date, direction and reason, and the discharge date (with its TEDS reason, when known) once discharged.
/// </summary>
/// <remarks>
/// <para>Invariants: entries are in date order (several on one date are allowed, in the order appended);
/// nothing is dated after the discharge. <see cref="Append"/> and <see cref="Discharge"/> return a new
/// history and leave this one unchanged.</para>
/// <para>An outcome episode is built from it: <see cref="AdmittedOn"/> is the admission, each entry's
/// <see cref="LevelOfCareChange.Date"/> and <see cref="LevelOfCareChange.Level"/> start a level span,
/// <see cref="DischargedOn"/> and <see cref="DischargeReason"/> close the episode (a transition review's
/// <c>ToTedsDischargeReason()</c> gives the reason).</para>
/// <para>Equality is by value, comparing entries element by element, the discharge date and its reason. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelOfCareHistory : IEquatable<LevelOfCareHistory>
{
    private readonly LevelOfCareChange[] entries;

    private LevelOfCareHistory(LevelOfCareChange[] entries, LocalDate? dischargedOn, TedsDischargeReason? dischargeReason)
    {
        this.entries = entries;
        Entries = Array.AsReadOnly(entries);
        DischargedOn = dischargedOn;
        DischargeReason = dischargeReason;
    }

    /// <summary>Gets the entries, oldest first; the first is the admission.</summary>
    public IReadOnlyList<LevelOfCareChange> Entries { get; }

    /// <summary>Gets the admission date: the date of the first entry.</summary>
    public LocalDate AdmittedOn => entries[0].Date;

    /// <summary>Gets the discharge date, or <see langword="null"/> while the episode is open.</summary>
    public LocalDate? DischargedOn { get; }

    /// <summary>Gets the TEDS reason for discharge, or <see langword="null"/> while open or when none was recorded.</summary>
    public TedsDischargeReason? DischargeReason { get; }

    /// <summary>Gets the most recent level.</summary>
    public LevelOfCare CurrentLevel => entries[^1].Level;

    /// <summary>Gets the date the most recent level began.</summary>
    public LocalDate CurrentLevelSince => entries[^1].Date;

    /// <summary>Compares two histories by value.</summary>
    /// <param name="left">The first history.</param>
    /// <param name="right">The second history.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(LevelOfCareHistory? left, LevelOfCareHistory? right) => Equals(left, right);

    /// <summary>Compares two histories by value.</summary>
    /// <param name="left">The first history.</param>
    /// <param name="right">The second history.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LevelOfCareHistory? left, LevelOfCareHistory? right) => !Equals(left, right);

    /// <summary>Starts a history with an admission.</summary>
    /// <param name="date">The admission date.</param>
    /// <param name="level">The level admitted to.</param>
    /// <returns>A history with one entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static LevelOfCareHistory Admit(LocalDate date, LevelOfCare level) =>
        new([new LevelOfCareChange(date, Guard.Against.UndefinedMember(level), null, LevelChangeReason.Admission)], null, null);

    /// <summary>Returns a new history with a change appended.</summary>
    /// <param name="date">The date from which the new level applies.</param>
    /// <param name="level">The new level (the same level is a lateral change).</param>
    /// <param name="reason">Why the level changed; not <see cref="LevelChangeReason.Admission"/>.</param>
    /// <returns>The longer history.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before the previous entry or after the discharge.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="reason"/> is not defined, or <paramref name="reason"/> is <see cref="LevelChangeReason.Admission"/>.</exception>
    public LevelOfCareHistory Append(LocalDate date, LevelOfCare level, LevelChangeReason reason)
    {
        Guard.Against.UndefinedMember(level);
        if (Guard.Against.UndefinedMember(reason) == LevelChangeReason.Admission)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), "Only the first entry of a history is an admission.");
        }

        Guard.Against.EndBeforeStart(date, CurrentLevelSince);
        if (DischargedOn is { } discharged && date > discharged)
        {
            throw new ArgumentException("A change may not be dated after the discharge.", nameof(date));
        }

        LevelOfCareChange[] longer = [.. entries, new LevelOfCareChange(date, level, CurrentLevel.DirectionTo(level), reason)];
        return new LevelOfCareHistory(longer, DischargedOn, DischargeReason);
    }

    /// <summary>Returns a new history closed by a discharge.</summary>
    /// <param name="date">The discharge date.</param>
    /// <param name="reason">The TEDS reason for discharge, or <see langword="null"/> when not recorded.</param>
    /// <returns>The discharged history.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before the last entry, or the history is already discharged.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not null and not defined.</exception>
    public LevelOfCareHistory Discharge(LocalDate date, TedsDischargeReason? reason = null)
    {
        if (DischargedOn is not null)
        {
            throw new ArgumentException("The episode is already discharged.", nameof(date));
        }

        if (reason is { } r)
        {
            Guard.Against.UndefinedMember(r, nameof(reason));
        }

        return new LevelOfCareHistory(entries, Guard.Against.EndBeforeStart(date, CurrentLevelSince), reason);
    }

    /// <summary>Returns the level that applied on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> before admission or after discharge.</returns>
    public LevelOfCare? LevelOn(LocalDate date)
    {
        if (date < entries[0].Date || (DischargedOn is { } discharged && date > discharged))
        {
            return null;
        }

        LevelOfCare? level = null;
        foreach (var entry in entries)
        {
            if (entry.Date <= date)
            {
                level = entry.Level;
            }
        }

        return level;
    }

    /// <inheritdoc/>
    public bool Equals(LevelOfCareHistory? other) =>
        other is not null && DischargedOn == other.DischargedOn && DischargeReason == other.DischargeReason && entries.AsSpan().SequenceEqual(other.entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LevelOfCareHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(entries.Length, entries[^1], DischargedOn, DischargeReason);

    /// <summary>Summarises the history, for example <c>Level-of-care history (3 entries, current IOP, open)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Level-of-care history ({entries.Length} entr{(entries.Length == 1 ? "y" : "ies")}, current {CurrentLevel.Abbreviation()}, {(DischargedOn is null ? "open" : "discharged")})";
}
