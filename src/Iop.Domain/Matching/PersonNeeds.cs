using Iop.Domain.Intensity;
using Iop.Domain.Continuum;
using Iop.Domain.Placement;

namespace Iop.Domain.Matching;

/// <summary>
/// What a person needs from a programme, and how much each need matters: the level of care they are placed at,
/// age group and weekly availability (always required), and telehealth, co-occurring care, family
/// involvement, payer and language (each <see cref="NeedStrength.Required"/> or
/// <see cref="NeedStrength.Preferred"/>), plus preferred modalities and aftercare services (always
/// preferences).
/// </summary>
/// <remarks>
/// <para>The level usually comes from the clinical placement: pass the <see cref="ClinicalPlacement"/> itself, and
/// the level the person is placed at is used, not the recommendation it may override. A plain level is
/// accepted too. A <see cref="PlacementDecision"/> (a recommendation) is deliberately not accepted.</para>
/// <para><see cref="Availability"/> is copied once, without duplicates, ordered by day, start and end.
/// Matching joins windows of the same day that overlap or touch, so splitting an evening into two
/// adjacent windows changes nothing.</para>
/// <para><see cref="Payer"/> and <see cref="Language"/> are caller text: they are compared, never printed.
/// Equality is by value (payer ordinally, language ignoring case, lists element by element). This type
/// is immutable and thread-safe; derive variants with <c>with { … }</c>, whose <c>init</c> accessors
/// validate like the constructor.</para>
/// </remarks>
public sealed record PersonNeeds
{
    private readonly LevelOfCare level;
    private readonly AgeGroup ageGroup;
    private readonly IReadOnlyList<AvailabilityWindow> availability;
    private readonly (long Start, long End)[][] covered;
    private readonly NeedStrength? telehealth;
    private readonly NeedStrength? coOccurringCare;
    private readonly NeedStrength? familyInvolvement;
    private readonly string? payer;
    private readonly NeedStrength payerStrength = NeedStrength.Required;
    private readonly string? language;
    private readonly NeedStrength languageStrength = NeedStrength.Required;
    private readonly IReadOnlyList<Modality> preferredModalities = [];
    private readonly IReadOnlyList<AftercareService> preferredAftercare = [];

    /// <summary>Creates a person's needs with the three that are always required; set the rest with initializers.</summary>
    /// <param name="level">The level of care the person is placed at.</param>
    /// <param name="ageGroup">The person's age group.</param>
    /// <param name="availability">The times of the week the person can attend; at least one window.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="ageGroup"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="availability"/> is empty or holds a default window.</exception>
    public PersonNeeds(LevelOfCare level, AgeGroup ageGroup, IEnumerable<AvailabilityWindow> availability)
    {
        this.level = Guard.Against.UndefinedMember(level);
        this.ageGroup = Guard.Against.UndefinedMember(ageGroup);
        (this.availability, covered) = CheckedAvailability(availability);
    }

    /// <summary>Creates a person's needs at the level a clinician placed them at.</summary>
    /// <param name="placement">The clinical placement; its <see cref="ClinicalPlacement.PlacedLevel"/> (the level the person is
    /// placed at, which may differ from the recommendation) is the level programmes must offer.</param>
    /// <param name="ageGroup">The person's age group.</param>
    /// <param name="availability">The times of the week the person can attend; at least one window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> or <paramref name="availability"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageGroup"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="availability"/> is empty or holds a default window.</exception>
    public PersonNeeds(ClinicalPlacement placement, AgeGroup ageGroup, IEnumerable<AvailabilityWindow> availability)
        : this(Guard.Against.Null(placement).PlacedLevel, ageGroup, availability)
    {
    }

    /// <summary>Gets the level of care the person is placed at, which a programme must offer (always required).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined level.</exception>
    public LevelOfCare Level { get => level; init => level = Guard.Against.UndefinedMember(value, nameof(Level)); }

    /// <summary>Gets the person's age group (always required).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined age group.</exception>
    public AgeGroup AgeGroup { get => ageGroup; init => ageGroup = Guard.Against.UndefinedMember(value, nameof(AgeGroup)); }

    /// <summary>Gets the times of the week the person can attend (always required), ordered by day, start and end.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or one holding a default window.</exception>
    public IReadOnlyList<AvailabilityWindow> Availability
    {
        get => availability;
        init => (availability, covered) = CheckedAvailability(value, nameof(Availability));
    }

    /// <summary>Gets how much attending by telehealth matters, or <see langword="null"/> when it does not.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined strength.</exception>
    public NeedStrength? Telehealth { get => telehealth; init => telehealth = Optional(value, nameof(Telehealth)); }

    /// <summary>Gets how much care for co-occurring mental-health and substance-use conditions matters, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined strength.</exception>
    public NeedStrength? CoOccurringCare { get => coOccurringCare; init => coOccurringCare = Optional(value, nameof(CoOccurringCare)); }

    /// <summary>Gets how much a family programme matters, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined strength.</exception>
    public NeedStrength? FamilyInvolvement { get => familyInvolvement; init => familyInvolvement = Optional(value, nameof(FamilyInvolvement)); }

    /// <summary>Gets the caller's code of the person's payer (compared ordinally with <see cref="ProgrammeProfile.PayersAccepted"/>), or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/> (payer not considered).</value>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string? Payer { get => payer; init => payer = value is null ? null : Guard.Against.Blank(value, nameof(Payer)); }

    /// <summary>Gets how much the payer matters.</summary>
    /// <value>The default value is <see cref="NeedStrength.Required"/> (a programme that does not take the payer is excluded).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined strength.</exception>
    public NeedStrength PayerStrength { get => payerStrength; init => payerStrength = Guard.Against.UndefinedMember(value, nameof(PayerStrength)); }

    /// <summary>Gets the person's language as a BCP 47 tag (for example <c>es</c>), or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/> (language not considered).</value>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string? Language { get => language; init => language = value is null ? null : Guard.Against.Blank(value, nameof(Language)); }

    /// <summary>Gets how much the language matters.</summary>
    /// <value>The default value is <see cref="NeedStrength.Required"/> (a programme that does not offer it is excluded).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined strength.</exception>
    public NeedStrength LanguageStrength { get => languageStrength; init => languageStrength = Guard.Against.UndefinedMember(value, nameof(LanguageStrength)); }

    /// <summary>Gets the modalities the person prefers; each is one soft preference.</summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentException">Set to a list with an undefined modality.</exception>
    public IReadOnlyList<Modality> PreferredModalities
    {
        get => preferredModalities;
        init => preferredModalities = ValueLists.EnumSet(value, nonEmpty: false, nameof(PreferredModalities));
    }

    /// <summary>Gets the aftercare services the person prefers; each is one soft preference.</summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentException">Set to a list with an undefined service.</exception>
    public IReadOnlyList<AftercareService> PreferredAftercare
    {
        get => preferredAftercare;
        init => preferredAftercare = ValueLists.EnumSet(value, nonEmpty: false, nameof(PreferredAftercare));
    }

    /// <inheritdoc/>
    public bool Equals(PersonNeeds? other) =>
        other is not null
        && level == other.level
        && ageGroup == other.ageGroup
        && telehealth == other.telehealth
        && coOccurringCare == other.coOccurringCare
        && familyInvolvement == other.familyInvolvement
        && string.Equals(payer, other.payer, StringComparison.Ordinal)
        && payerStrength == other.payerStrength
        && string.Equals(language, other.language, StringComparison.OrdinalIgnoreCase)
        && languageStrength == other.languageStrength
        && ValueLists.Equal(availability, other.availability)
        && ValueLists.Equal(preferredModalities, other.preferredModalities)
        && ValueLists.Equal(preferredAftercare, other.preferredAftercare);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        level,
        ageGroup,
        telehealth,
        coOccurringCare,
        familyInvolvement,
        ValueLists.Hash(availability),
        ValueLists.Hash(preferredModalities),
        ValueLists.Hash(preferredAftercare));

    /// <summary>Summarises the needs without the payer or language (caller text).</summary>
    /// <returns>For example <c>PersonNeeds (IntensiveOutpatient, Adult; 5 availability windows)</c>.</returns>
    public override string ToString() =>
        $"PersonNeeds ({level}, {ageGroup}; {availability.Count} availability window{(availability.Count == 1 ? string.Empty : "s")})";

    /// <summary>Returns whether a session on each of <paramref name="dayMask"/>'s days, from <paramref name="start"/> for <paramref name="length"/>, lies inside the availability.</summary>
    internal bool Covers(int dayMask, long start, long length)
    {
        var end = start + length;
        for (var day = 0; day < 7; day++)
        {
            if ((dayMask & (1 << day)) != 0 && !Covers(covered[day], start, end))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covers((long Start, long End)[] intervals, long start, long end)
    {
        foreach (var (from, to) in intervals)
        {
            if (from <= start && end <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static NeedStrength? Optional(NeedStrength? value, string paramName) =>
        value is { } v ? Guard.Against.UndefinedMember(v, paramName) : null;

    private static (IReadOnlyList<AvailabilityWindow> Windows, (long Start, long End)[][] Covered) CheckedAvailability(
        IEnumerable<AvailabilityWindow> windows,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(windows))] string? paramName = null)
    {
        var list = Guard.Against.EmptyOrNullElements(windows, paramName);
        var sorted = new SortedSet<AvailabilityWindow>(Comparer<AvailabilityWindow>.Create((a, b) =>
        {
            var byDay = a.Day.CompareTo(b.Day);
            if (byDay != 0)
            {
                return byDay;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.End.CompareTo(b.End);
        }));
        foreach (var window in list)
        {
            if (window.Day == NodaTime.IsoDayOfWeek.None)
            {
                throw new ArgumentException("The collection must not contain a default window.", paramName);
            }

            sorted.Add(window);
        }

        var covered = new (long Start, long End)[7][];
        for (var day = NodaTime.IsoDayOfWeek.Monday; day <= NodaTime.IsoDayOfWeek.Sunday; day++)
        {
            var merged = new List<(long Start, long End)>();
            foreach (var window in sorted)
            {
                if (window.Day != day)
                {
                    continue;
                }

                var start = window.Start.NanosecondOfDay;
                var end = DaySet.EndOfWindow(window.End);
                if (merged.Count > 0 && start <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
                }
                else
                {
                    merged.Add((start, end));
                }
            }

            covered[(int)day - 1] = [.. merged];
        }

        return (Array.AsReadOnly(sorted.ToArray()), covered);
    }
}
