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
/// <para>Equality is by value, comparing entries element by element in a loop (no recursion, O(n), no stack
/// growth), the discharge date and its reason; the hash reads the entry count, the last entry and the
/// discharge, in O(1). This type is immutable and thread-safe.</para>
/// <para>Appending is amortised O(1): histories share an append-only backing array. Appending to the newest
/// history built on an array claims the next slot (an <see cref="Interlocked.CompareExchange(ref int, int, int)"/>
/// on the array's count, so two threads appending to the same history never overwrite each other's entry);
/// appending to an older one, or when the array is full, copies its entries to a new array of twice the
/// length. A history sees only its own entries, so none ever changes. An older history keeps its array alive,
/// which may hold later entries of other histories.</para>
/// </remarks>
public sealed class LevelOfCareHistory : IEquatable<LevelOfCareHistory>
{
    private readonly Store store;
    private readonly int count;

    private LevelOfCareHistory(Store store, int count, LocalDate? dischargedOn, TedsDischargeReason? dischargeReason)
    {
        this.store = store;
        this.count = count;
        Entries = new EntryList(store.Items, count);
        DischargedOn = dischargedOn;
        DischargeReason = dischargeReason;
    }

    /// <summary>Gets the entries, oldest first; the first is the admission.</summary>
    public IReadOnlyList<LevelOfCareChange> Entries { get; }

    /// <summary>Gets the admission date: the date of the first entry.</summary>
    public LocalDate AdmittedOn => store.Items[0].Date;

    /// <summary>Gets the discharge date, or <see langword="null"/> while the episode is open.</summary>
    public LocalDate? DischargedOn { get; }

    /// <summary>Gets the TEDS reason for discharge, or <see langword="null"/> while open or when none was recorded.</summary>
    public TedsDischargeReason? DischargeReason { get; }

    /// <summary>Gets the most recent level.</summary>
    public LevelOfCare CurrentLevel => Last.Level;

    /// <summary>Gets the date the most recent level began.</summary>
    public LocalDate CurrentLevelSince => Last.Date;

    private LevelOfCareChange Last => store.Items[count - 1];

    private ReadOnlySpan<LevelOfCareChange> Span => new(store.Items, 0, count);

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static LevelOfCareHistory Admit(LocalDate date, LevelOfCare level)
    {
        Guard.Against.UnsupportedDate(date);
        return new(new Store([new LevelOfCareChange(date, Guard.Against.UndefinedMember(level), null, LevelChangeReason.Admission)], 1), 1, null, null);
    }

    /// <summary>Returns a new history with a change appended.</summary>
    /// <param name="date">The date from which the new level applies.</param>
    /// <param name="level">The new level (the same level is a lateral change).</param>
    /// <param name="reason">Why the level changed; not <see cref="LevelChangeReason.Admission"/>.</param>
    /// <returns>The longer history.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before the previous entry or after the discharge.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="reason"/> is not defined, or <paramref name="reason"/> is <see cref="LevelChangeReason.Admission"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LevelOfCareHistory Append(LocalDate date, LevelOfCare level, LevelChangeReason reason)
    {
        Guard.Against.UnsupportedDate(date);
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

        var change = new LevelOfCareChange(date, level, CurrentLevel.DirectionTo(level), reason);
        var items = store.Items;
        if (count < items.Length && Interlocked.CompareExchange(ref store.Count, count + 1, count) == count)
        {
            // This history was the newest on the array and the slot after it is now ours alone; older
            // histories read only below their own count, so writing here changes none of them. The fence
            // makes the entry visible before the new history can be published to another thread.
            items[count] = change;
            Interlocked.MemoryBarrier();
            return new LevelOfCareHistory(store, count + 1, DischargedOn, DischargeReason);
        }

        // A branch from an older history, or a full array: copy this history's entries (never written again).
        var larger = new LevelOfCareChange[(int)Math.Min(Math.Max(4L, 2L * count), Array.MaxLength)];
        Array.Copy(items, larger, count);
        larger[count] = change;
        return new LevelOfCareHistory(new Store(larger, count + 1), count + 1, DischargedOn, DischargeReason);
    }

    /// <summary>Returns a new history closed by a discharge.</summary>
    /// <param name="date">The discharge date.</param>
    /// <param name="reason">The TEDS reason for discharge, or <see langword="null"/> when not recorded.</param>
    /// <returns>The discharged history.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is before the last entry, or the history is already discharged.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not null and not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LevelOfCareHistory Discharge(LocalDate date, TedsDischargeReason? reason = null)
    {
        Guard.Against.UnsupportedDate(date);
        if (DischargedOn is not null)
        {
            throw new ArgumentException("The episode is already discharged.", nameof(date));
        }

        if (reason is { } r)
        {
            Guard.Against.UndefinedMember(r, nameof(reason));
        }

        return new LevelOfCareHistory(store, count, Guard.Against.EndBeforeStart(date, CurrentLevelSince), reason);
    }

    /// <summary>Returns the level that applied on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> before admission or after discharge.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public LevelOfCare? LevelOn(LocalDate date)
    {
        Guard.Against.UnsupportedDate(date);
        var entries = Span;
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
        other is not null && DischargedOn == other.DischargedOn && DischargeReason == other.DischargeReason && count == other.count
        && ((store == other.store) || Span.SequenceEqual(other.Span));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LevelOfCareHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(count, Last, DischargedOn, DischargeReason);

    /// <summary>Summarises the history, for example <c>Level-of-care history (3 entries, current IOP, open)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Level-of-care history ({count} entr{(count == 1 ? "y" : "ies")}, current {CurrentLevel.Abbreviation()}, {(DischargedOn is null ? "open" : "discharged")})";

    /// <summary>An append-only array shared by a history and those appended to it; <see cref="Count"/> slots are claimed.</summary>
    private sealed class Store(LevelOfCareChange[] items, int count)
    {
        public readonly LevelOfCareChange[] Items = items;
        public int Count = count;
    }

    /// <summary>A read-only view of the first <c>count</c> entries of a shared array; the array is not reachable through it.</summary>
    private sealed class EntryList(LevelOfCareChange[] items, int count) : IReadOnlyList<LevelOfCareChange>, IList<LevelOfCareChange>
    {
        public int Count => count;

        public bool IsReadOnly => true;

        public LevelOfCareChange this[int index]
        {
            get => index >= 0 && index < count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));
            set => throw new NotSupportedException("The history is read-only.");
        }

        public IEnumerator<LevelOfCareChange> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(LevelOfCareChange item) => Array.IndexOf(items, item, 0, count);

        public bool Contains(LevelOfCareChange item) => IndexOf(item) >= 0;

        public void CopyTo(LevelOfCareChange[] array, int arrayIndex) => Array.Copy(items, 0, array, arrayIndex, count);

        public void Add(LevelOfCareChange item) => throw new NotSupportedException("The history is read-only.");

        public void Clear() => throw new NotSupportedException("The history is read-only.");

        public void Insert(int index, LevelOfCareChange item) => throw new NotSupportedException("The history is read-only.");

        public bool Remove(LevelOfCareChange item) => throw new NotSupportedException("The history is read-only.");

        public void RemoveAt(int index) => throw new NotSupportedException("The history is read-only.");
    }
}
