using System.Collections.ObjectModel;
using Iop.Domain.Continuum;
using NodaTime;

namespace Iop.Domain.Placement;

/// <summary>
/// One assessment on a date: the clinical determinations that public placement criteria turn on, and
/// optional ASAM dimension or LOCUS scale ratings that a dimensional policy reads.
/// </summary>
/// <remarks>
/// <para>Every determination is a <c>Determination?</c>; <see langword="null"/> means <em>not assessed</em>,
/// never "no". A policy that needs a determination that is missing reports a finding
/// (<c>PLC-INPUT-MISSING</c>) instead of guessing. Build an assessment with an object initializer and
/// derive variants with <c>with { … }</c>; every property validates its value when set.</para>
/// <para>The assessment carries no identifier and no free text: it is safe to log.</para>
/// <para>Equality is by value, comparing the ratings element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Assessment
{
    private static readonly ReadOnlyCollection<DimensionRating> NoRatings = Array.AsReadOnly(Array.Empty<DimensionRating>());

    private readonly AgeGroup ageGroup;
    private readonly Determination? needs24HourMedicalManagement;
    private readonly Determination? needs24HourSupervision;
    private readonly Determination? wouldOtherwiseNeedInpatient;
    private readonly Duration? weeklyTreatmentHoursNeeded;
    private readonly Determination? safeStableLivingEnvironment;
    private readonly Determination? canParticipateAndTolerate;
    private readonly Determination? seriousInterference;
    private readonly LevelOfCare? steppingDownFrom;
    private readonly Determination? relapsedAfterTreatment;
    private readonly Determination? coOccurringConditions;
    private readonly ReadOnlyCollection<DimensionRating> ratings = NoRatings;

    /// <summary>Creates an assessment with every determination not assessed and no ratings.</summary>
    /// <param name="date">The date of the assessment.</param>
    /// <param name="ageGroup">Whose standards apply (the caller classifies the person).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageGroup"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public Assessment(LocalDate date, AgeGroup ageGroup)
    {
        Guard.Against.UnsupportedDate(date);
        Date = date;
        AgeGroup = Guard.Against.UndefinedMember(ageGroup);
    }

    /// <summary>Gets the date of the assessment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/>.</exception>
    public LocalDate Date { get; init => field = Guard.Against.UnsupportedDate(value, nameof(Date)); }

    /// <summary>Gets the age group whose standards apply.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not defined.</exception>
    public AgeGroup AgeGroup { get => ageGroup; init => ageGroup = Guard.Against.UndefinedMember(value, nameof(AgeGroup)); }

    /// <summary>Gets whether the person needs 24-hour medical management (medically managed inpatient care).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? Needs24HourMedicalManagement { get => needs24HourMedicalManagement; init => needs24HourMedicalManagement = Check(value, nameof(Needs24HourMedicalManagement)); }

    /// <summary>Gets whether the person needs 24-hour supervision or structure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? Needs24HourSupervision { get => needs24HourSupervision; init => needs24HourSupervision = Check(value, nameof(Needs24HourSupervision)); }

    /// <summary>Gets whether, without partial hospitalization, the person would need inpatient psychiatric care.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? WouldOtherwiseNeedInpatient { get => wouldOtherwiseNeedInpatient; init => wouldOtherwiseNeedInpatient = Check(value, nameof(WouldOtherwiseNeedInpatient)); }

    /// <summary>Gets the hours of therapeutic services per week the person needs, or <see langword="null"/> if not assessed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside [0, 168] hours (the hours in a week).</exception>
    public Duration? WeeklyTreatmentHoursNeeded
    {
        get => weeklyTreatmentHoursNeeded;
        init => weeklyTreatmentHoursNeeded = value is { } hours ? WeeklyHoursRange.Check(hours, nameof(WeeklyTreatmentHoursNeeded)) : null;
    }

    /// <summary>Gets whether the person has a safe and stable living environment (<see cref="Determination.No"/> is the more severe answer).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? SafeStableLivingEnvironment { get => safeStableLivingEnvironment; init => safeStableLivingEnvironment = Check(value, nameof(SafeStableLivingEnvironment)); }

    /// <summary>Gets whether the person can take part in and tolerate the programme's intensity.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? CanParticipateAndTolerate { get => canParticipateAndTolerate; init => canParticipateAndTolerate = Check(value, nameof(CanParticipateAndTolerate)); }

    /// <summary>Gets whether the disorder interferes seriously with several areas of life.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? SeriousInterference { get => seriousInterference; init => seriousInterference = Check(value, nameof(SeriousInterference)); }

    /// <summary>
    /// Gets the more intensive level the person is stepping down from, or <see langword="null"/> when
    /// the person is not stepping down.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The value set is not a defined level, or is outpatient (there is no level below it to step down to).
    /// </exception>
    public LevelOfCare? SteppingDownFrom
    {
        get => steppingDownFrom;
        init
        {
            if (value is { } level && (!Enum.IsDefined(level) || level == LevelsOfCare.LeastIntensive))
            {
                throw new ArgumentOutOfRangeException(nameof(SteppingDownFrom), "Value must be a defined level more intensive than outpatient.");
            }

            steppingDownFrom = value;
        }
    }

    /// <summary>Gets whether the person has relapsed after earlier treatment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? RelapsedAfterTreatment { get => relapsedAfterTreatment; init => relapsedAfterTreatment = Check(value, nameof(RelapsedAfterTreatment)); }

    /// <summary>Gets whether the person has co-occurring mental-health and substance-use conditions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not null and not defined.</exception>
    public Determination? CoOccurringConditions { get => coOccurringConditions; init => coOccurringConditions = Check(value, nameof(CoOccurringConditions)); }

    /// <summary>Gets the dimension ratings (ASAM dimensions, LOCUS scales or both), at most one per dimension; empty by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set rates one dimension twice, or holds a default rating.</exception>
    public IReadOnlyList<DimensionRating> Ratings
    {
        get => ratings;
        init
        {
            Guard.Against.Null(value, nameof(Ratings));
            var copy = value.ToArray();
            for (var i = 0; i < copy.Length; i++)
            {
                if (!Enum.IsDefined(copy[i].Dimension.Instrument))
                {
                    throw new ArgumentException("A rating must be created with DimensionRating.Asam, DimensionRating.Locus or its constructor.", nameof(Ratings));
                }

                for (var j = 0; j < i; j++)
                {
                    if (copy[j].Dimension == copy[i].Dimension)
                    {
                        throw new ArgumentException("Each dimension may be rated at most once.", nameof(Ratings));
                    }
                }
            }

            ratings = copy.Length == 0 ? NoRatings : Array.AsReadOnly(copy);
        }
    }

    /// <summary>Returns the rating of a dimension, or <see langword="null"/> when it was not rated.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The rating, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is the default value.</exception>
    public int? RatingOf(RatedDimension dimension)
    {
        RatedDimension.Valid(dimension, nameof(dimension));
        for (var i = 0; i < ratings.Count; i++)
        {
            if (ratings[i].Dimension == dimension)
            {
                return ratings[i].Rating;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Assessment? other) =>
        other is not null
        && Date == other.Date
        && AgeGroup == other.AgeGroup
        && Needs24HourMedicalManagement == other.Needs24HourMedicalManagement
        && Needs24HourSupervision == other.Needs24HourSupervision
        && WouldOtherwiseNeedInpatient == other.WouldOtherwiseNeedInpatient
        && WeeklyTreatmentHoursNeeded == other.WeeklyTreatmentHoursNeeded
        && SafeStableLivingEnvironment == other.SafeStableLivingEnvironment
        && CanParticipateAndTolerate == other.CanParticipateAndTolerate
        && SeriousInterference == other.SeriousInterference
        && SteppingDownFrom == other.SteppingDownFrom
        && RelapsedAfterTreatment == other.RelapsedAfterTreatment
        && CoOccurringConditions == other.CoOccurringConditions
        && Ratings.SequenceEqual(other.Ratings);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Date);
        hash.Add(AgeGroup);
        hash.Add(Needs24HourMedicalManagement);
        hash.Add(Needs24HourSupervision);
        hash.Add(WouldOtherwiseNeedInpatient);
        hash.Add(WeeklyTreatmentHoursNeeded);
        hash.Add(SafeStableLivingEnvironment);
        hash.Add(CanParticipateAndTolerate);
        hash.Add(SeriousInterference);
        hash.Add(SteppingDownFrom);
        hash.Add(RelapsedAfterTreatment);
        hash.Add(CoOccurringConditions);
        foreach (var rating in Ratings)
        {
            hash.Add(rating);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the assessment without its date, for example <c>Assessment (Adult, 8 of 10 determinations, 6 ratings)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        Determination?[] all = [Needs24HourMedicalManagement, Needs24HourSupervision, WouldOtherwiseNeedInpatient, SafeStableLivingEnvironment, CanParticipateAndTolerate, SeriousInterference, RelapsedAfterTreatment, CoOccurringConditions];
        var assessed = all.Count(d => d is not null) + (WeeklyTreatmentHoursNeeded is null ? 0 : 1) + 1;
        return $"Assessment ({AgeGroup}, {assessed} of 10 determinations, {Ratings.Count} ratings)";
    }

    private static Determination? Check(Determination? value, string name) =>
        value is { } d ? Guard.Against.UndefinedMember(d, name) : null;
}
