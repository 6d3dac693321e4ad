using Iop.Domain.Intensity;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Matching;

/// <summary>
/// What a treatment programme offers, as matching reads it: levels of care, schedule tracks, age groups,
/// licence and accreditations, modalities, co-occurring capability, family programme, aftercare,
/// payers and languages. <see cref="ProgrammeMatching.Match"/> compares profiles with a person's needs.
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is the caller's opaque key, used only to tell programmes apart (it must be
/// unique within one match) and to order them last in a tie; it never appears in a message or in
/// <see cref="ToString"/>.</para>
/// <para>Set-like lists (levels, age groups, accreditations, modalities, aftercare, payers, languages) are
/// copied once, without duplicates, in a fixed order (enum order; payers ordinally; languages ignoring
/// case). <see cref="Tracks"/> keep the caller's order, since matching results refer to them by
/// position. Tracks at a level the programme does not list in <see cref="Levels"/> are never assessed.</para>
/// <para>Equality is by value: the id ordinally, payers ordinally, languages ignoring case, every other
/// list element by element. This type is immutable and thread-safe; derive variants with
/// <c>with { … }</c>, whose <c>init</c> accessors validate like the constructor.</para>
/// </remarks>
public sealed record ProgrammeProfile
{
    private readonly string id;
    private readonly IReadOnlyList<LevelOfCare> levels;
    private readonly IReadOnlyList<AgeGroup> ageGroups;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<ScheduleTrack> tracks;
    private readonly ScheduleTrack[] trackArray;
    private readonly IReadOnlyList<Accreditation> accreditations = [];
    private readonly IReadOnlyList<Modality> modalities = [];
    private readonly IReadOnlyList<AftercareService> aftercare = [];
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<string> payersAccepted = System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty;
    private readonly string[] payerArray = [];
    private readonly IReadOnlyList<string> languages = [];
    private readonly int levelMask;
    private readonly int ageGroupMask;

    /// <summary>Creates a programme profile with the facts every programme has; set the rest with initializers.</summary>
    /// <param name="id">The caller's opaque key for the programme (never printed).</param>
    /// <param name="levels">The levels of care the programme offers; at least one.</param>
    /// <param name="ageGroups">The age groups it serves; at least one.</param>
    /// <param name="tracks">Its schedule tracks, in the caller's order (may be empty for 24-hour levels).</param>
    /// <param name="licenceExpires">The last day its state licence is valid.</param>
    /// <exception cref="ArgumentNullException">A string or collection argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank; <paramref name="levels"/> or
    /// <paramref name="ageGroups"/> is empty or holds an undefined value; <paramref name="tracks"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="licenceExpires"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public ProgrammeProfile(string id, IEnumerable<LevelOfCare> levels, IEnumerable<AgeGroup> ageGroups, IEnumerable<ScheduleTrack> tracks, LocalDate licenceExpires)
    {
        Guard.Against.UnsupportedDate(licenceExpires);
        this.id = Guard.Against.Blank(id);
        this.levels = ValueLists.EnumSet(levels, nonEmpty: true, nameof(levels));
        levelMask = ValueLists.MaskOf(this.levels);
        this.ageGroups = ValueLists.EnumSet(ageGroups, nonEmpty: true, nameof(ageGroups));
        ageGroupMask = ValueLists.MaskOf(this.ageGroups);
        trackArray = Guard.Against.NullElementsCopy(tracks);
        this.tracks = Array.AsReadOnly(trackArray);
        LicenceExpires = licenceExpires;
    }

    /// <summary>Gets the caller's opaque key for the programme. It is never printed.</summary>
    /// <exception cref="ArgumentException">Set to a blank value.</exception>
    public string Id { get => id; init => id = Guard.Against.Blank(value, nameof(Id)); }

    /// <summary>Gets the levels of care offered, least intensive first.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or one with an undefined level.</exception>
    public IReadOnlyList<LevelOfCare> Levels
    {
        get => levels;
        init
        {
            levels = ValueLists.EnumSet(value, nonEmpty: true, nameof(Levels));
            levelMask = ValueLists.MaskOf(levels);
        }
    }

    /// <summary>Gets the age groups served.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or one with an undefined age group.</exception>
    public IReadOnlyList<AgeGroup> AgeGroups
    {
        get => ageGroups;
        init
        {
            ageGroups = ValueLists.EnumSet(value, nonEmpty: true, nameof(AgeGroups));
            ageGroupMask = ValueLists.MaskOf(ageGroups);
        }
    }

    /// <summary>Gets the schedule tracks, in the caller's order.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    public IReadOnlyList<ScheduleTrack> Tracks
    {
        get => tracks;
        init
        {
            trackArray = Guard.Against.NullElementsCopy(value, nameof(Tracks));
            tracks = Array.AsReadOnly(trackArray);
        }
    }

    /// <summary>Gets the last day the programme's state licence is valid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate LicenceExpires { get; init => field = Guard.Against.UnsupportedDate(value, nameof(LicenceExpires)); }

    /// <summary>Gets the accreditations held (body and expiry), ordered by body and then expiry.</summary>
    /// <value>The default value is empty (not accredited).</value>
    /// <exception cref="ArgumentException">Set to a list holding an accreditation with an undefined body.</exception>
    public IReadOnlyList<Accreditation> Accreditations
    {
        get => accreditations;
        init => accreditations = CheckedAccreditations(value, nameof(Accreditations));
    }

    /// <summary>Gets the evidence-based modalities offered.</summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentException">Set to a list with an undefined modality.</exception>
    public IReadOnlyList<Modality> Modalities { get => modalities; init => modalities = ValueLists.EnumSet(value, nonEmpty: false, nameof(Modalities)); }

    /// <summary>Gets a value indicating whether the programme can treat co-occurring mental-health and substance-use conditions.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CoOccurringCapable { get; init; }

    /// <summary>Gets a value indicating whether the programme has a family programme.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool FamilyProgramme { get; init; }

    /// <summary>Gets the aftercare services offered.</summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentException">Set to a list with an undefined service.</exception>
    public IReadOnlyList<AftercareService> Aftercare { get => aftercare; init => aftercare = ValueLists.EnumSet(value, nonEmpty: false, nameof(Aftercare)); }

    /// <summary>Gets the caller's codes of the payers accepted, compared ordinally (case matters).</summary>
    /// <value>The default value is empty (no payer accepted; a person with no payer is unaffected).</value>
    /// <exception cref="ArgumentException">Set to a list holding null or a blank code.</exception>
    public IReadOnlyList<string> PayersAccepted
    {
        get => payersAccepted;
        init
        {
            payerArray = [.. ValueLists.StringSet(value, StringComparer.Ordinal, nameof(PayersAccepted))];
            payersAccepted = Array.AsReadOnly(payerArray);
        }
    }

    /// <summary>Gets the languages care is delivered in, as BCP 47 tags (for example <c>en</c>, <c>es-MX</c>).</summary>
    /// <value>The default value is empty (no language declared; a person who states a language is then not served).</value>
    /// <exception cref="ArgumentException">Set to a list holding null or a blank tag.</exception>
    public IReadOnlyList<string> Languages
    {
        get => languages;
        init => languages = ValueLists.StringSet(value, StringComparer.OrdinalIgnoreCase, nameof(Languages));
    }

    /// <summary>Gets <see cref="Tracks"/> as the matching engine reads them: the array behind the read-only list, without an interface call per track.</summary>
    internal ReadOnlySpan<ScheduleTrack> TrackSpan => trackArray;

    /// <summary>Gets <see cref="PayersAccepted"/> as the matching engine reads them.</summary>
    internal ReadOnlySpan<string> PayerSpan => payerArray;

    /// <summary>Returns whether the programme offers <paramref name="level"/> (one bit test; <see cref="Levels"/> says the same).</summary>
    internal bool Offers(LevelOfCare level) => (levelMask & (1 << (int)level)) != 0;

    /// <summary>Returns whether the programme serves <paramref name="ageGroup"/> (one bit test; <see cref="AgeGroups"/> says the same).</summary>
    internal bool Serves(AgeGroup ageGroup) => (ageGroupMask & (1 << (int)ageGroup)) != 0;

    /// <inheritdoc/>
    public bool Equals(ProgrammeProfile? other) =>
        other is not null
        && string.Equals(id, other.id, StringComparison.Ordinal)
        && LicenceExpires == other.LicenceExpires
        && CoOccurringCapable == other.CoOccurringCapable
        && FamilyProgramme == other.FamilyProgramme
        && ValueLists.Equal(levels, other.levels)
        && ValueLists.Equal(ageGroups, other.ageGroups)
        && ValueLists.Equal(tracks, other.tracks)
        && ValueLists.Equal(accreditations, other.accreditations)
        && ValueLists.Equal(modalities, other.modalities)
        && ValueLists.Equal(aftercare, other.aftercare)
        && ValueLists.Equal(payersAccepted, other.payersAccepted, StringComparer.Ordinal)
        && ValueLists.Equal(languages, other.languages, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(id),
        LicenceExpires,
        ValueLists.Hash(levels),
        ValueLists.Hash(tracks),
        ValueLists.Hash(accreditations),
        ValueLists.Hash(modalities),
        ValueLists.Hash(payersAccepted, StringComparer.Ordinal),
        ValueLists.Hash(languages, StringComparer.OrdinalIgnoreCase));

    /// <summary>Summarises the profile without its id, payers or languages (caller text).</summary>
    /// <returns>For example <c>ProgrammeProfile (IntensiveOutpatient, PartialHospitalization; 3 tracks)</c>.</returns>
    public override string ToString() =>
        $"ProgrammeProfile ({string.Join(", ", levels)}; {tracks.Count} track{(tracks.Count == 1 ? string.Empty : "s")})";

    private static System.Collections.ObjectModel.ReadOnlyCollection<Accreditation> CheckedAccreditations(IEnumerable<Accreditation> value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        var set = new SortedSet<Accreditation>(Comparer<Accreditation>.Create((a, b) =>
        {
            var byBody = a.Body.CompareTo(b.Body);
            return byBody != 0 ? byBody : a.Expires.CompareTo(b.Expires);
        }));
        foreach (var accreditation in value)
        {
            if (!Enum.IsDefined(accreditation.Body))
            {
                throw new ArgumentException("Every accreditation must have a defined body.", paramName);
            }

            set.Add(accreditation);
        }

        return Array.AsReadOnly(set.ToArray());
    }
}
