using System.Collections.ObjectModel;
using NodaTime;

namespace Iop.Domain.Continuum;

/// <summary>
/// An episode's append-only level-of-care history: the admission entry, every later change with its
/// date, direction and reason, and the discharge date once discharged.
/// </summary>
/// <remarks>
/// <para>Invariants: entries are in date order (several on one date are allowed, in the order appended);
/// nothing is dated after the discharge. <see cref="Append"/> and <see cref="Discharge"/> return a new
/// history and leave this one unchanged.</para>
/// <para>Equality is by value, comparing entries element by element and the discharge date. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelOfCareHistory : IEquatable<LevelOfCareHistory>
{
    private readonly LevelOfCareChange[] entries;

    private LevelOfCareHistory(LevelOfCareChange[] entries, LocalDate? dischargedOn)
    {
        this.entries = entries;
        Entries = Array.AsReadOnly(entries);
        DischargedOn = dischargedOn;
    }

    /// <summary>Gets the entries, oldest first; the first is the admission.</summary>
    public IReadOnlyList<LevelOfCareChange> Entries { get; }

    /// <summary>Gets the discharge date, or <see langword="null"/> while the episode is open.</summary>
    public LocalDate? DischargedOn { get; }

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
        new([new LevelOfCareChange(date, Guard.Against.UndefinedMember(level), null, LevelChangeReason.Admission)], null);

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
        return new LevelOfCareHistory(longer, DischargedOn);
    }

    /// <summary>Returns a new history closed by a discharge.</summary>
    /// <param name="date">The discharge date.</param>
    /// <returns>The discharged history.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before the last entry, or the history is already discharged.</exception>
    public LevelOfCareHistory Discharge(LocalDate date)
    {
        if (DischargedOn is not null)
        {
            throw new ArgumentException("The episode is already discharged.", nameof(date));
        }

        return new LevelOfCareHistory(entries, Guard.Against.EndBeforeStart(date, CurrentLevelSince));
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
        other is not null && DischargedOn == other.DischargedOn && entries.AsSpan().SequenceEqual(other.entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LevelOfCareHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(entries.Length, entries[^1], DischargedOn);

    /// <summary>Summarises the history, for example <c>Level-of-care history (3 entries, current IOP, open)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Level-of-care history ({entries.Length} entr{(entries.Length == 1 ? "y" : "ies")}, current {CurrentLevel.Abbreviation()}, {(DischargedOn is null ? "open" : "discharged")})";
}
