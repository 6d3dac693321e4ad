using Iop.Domain.Intensity;
using FsCheck;
using FsCheck.Fluent;
using Iop.Domain.Continuum;
using Iop.Domain.Matching;
using NodaTime;

namespace Iop.Domain.Tests.Matching;

/// <summary>
/// FsCheck generators of small, dense matching worlds: three scheduled levels, both age groups, a few
/// payers and languages, tracks on the hour, so generated programmes often match and often do not.
/// </summary>
internal static class MatchingGenerators
{
    private static readonly LevelOfCare[] Scheduled = [LevelOfCare.Outpatient, LevelOfCare.IntensiveOutpatient, LevelOfCare.PartialHospitalization];
    private static readonly string[] Payers = ["P1", "P2", "P3"];
    private static readonly string[] Languages = ["en", "es", "es-MX", "fr"];

    private static Gen<IsoDayOfWeek> Day { get; } = Gen.Choose(1, 7).Select(d => (IsoDayOfWeek)d);

    // Hard needs are rarer than soft ones, so that generated programmes match often enough for the laws to bite.
    private static Gen<NeedStrength?> Strength { get; } = Gen.Frequency(
        (3, Gen.Constant<NeedStrength?>(null)),
        (2, Gen.Constant<NeedStrength?>(NeedStrength.Preferred)),
        (1, Gen.Constant<NeedStrength?>(NeedStrength.Required)));

    public static Gen<ScheduleTrack> TrackAt(IReadOnlyList<LevelOfCare> levels) =>
        from level in Gen.Elements([.. levels, .. levels.Where(l => l == LevelOfCare.IntensiveOutpatient), .. levels.Where(l => l == LevelOfCare.IntensiveOutpatient)])
        from kind in Gen.Elements(Enum.GetValues<TrackKind>())
        from days in Gen.Choose(1, 5).SelectMany(n => Day.ArrayOf(n))
        from start in Gen.Choose(9, 18)
        from length in Gen.Choose(3, 4)
        from telehealth in Gen.Elements(true, false)
        select new ScheduleTrack(level, kind, days, new LocalTime(start, 0), Duration.FromHours(length)) { Telehealth = telehealth };

    public static Gen<ProgrammeProfile> Programme { get; } =
        from levels in Gen.Frequency((2, Gen.Constant<IReadOnlyList<LevelOfCare>>(Scheduled)), (1, Gen.SubListOf(Scheduled).Where(l => l.Count > 0).Select(l => (IReadOnlyList<LevelOfCare>)[.. l])))
        from ages in Gen.Frequency((2, Gen.Constant<IReadOnlyList<AgeGroup>>(Enum.GetValues<AgeGroup>())), (1, Gen.SubListOf(Enum.GetValues<AgeGroup>()).Where(a => a.Count > 0).Select(a => (IReadOnlyList<AgeGroup>)[.. a])))
        from tracks in Gen.Choose(0, 6).SelectMany(n => TrackAt(levels).ArrayOf(n))
        from licence in Gen.Choose(-3, 60)
        from accreditation in Gen.Choose(-3, 90)
        from payers in Gen.SubListOf(Payers)
        from languages in Gen.SubListOf(Languages)
        from modalities in Gen.SubListOf(Enum.GetValues<Modality>())
        from aftercare in Gen.SubListOf(Enum.GetValues<AftercareService>())
        from coOccurring in Gen.Elements(true, false)
        from family in Gen.Elements(true, false)
        select new ProgrammeProfile("unassigned", levels, ages, tracks, MatchingFixtures.AsOf.PlusDays(licence))
        {
            Accreditations = accreditation > 60 ? [] : [new Accreditation(AccreditationBody.Carf, MatchingFixtures.AsOf.PlusDays(accreditation))],
            PayersAccepted = payers,
            Languages = ["en", .. languages],
            Modalities = modalities,
            Aftercare = aftercare,
            CoOccurringCapable = coOccurring,
            FamilyProgramme = family,
        };

    /// <summary>Programmes with ids P0, P1, … in list order (ids must be unique).</summary>
    public static Gen<ProgrammeProfile[]> Programmes { get; } =
        Gen.Choose(0, 12).SelectMany(n => Programme.ArrayOf(n)).Select(Numbered);

    public static Gen<AvailabilityWindow> Window { get; } =
        from day in Day
        from start in Gen.Choose(6, 20)
        from hours in Gen.Choose(0, 16)
        select new AvailabilityWindow(day, new LocalTime(start, 0), new LocalTime(Math.Min(start + hours, 23), 0));

    /// <summary>Most days get a window (so tracks often fit), some get a second one.</summary>
    public static Gen<AvailabilityWindow[]> Availability { get; } =
        from days in Gen.Frequency((2, Gen.Constant<IReadOnlyList<int>>([.. Enumerable.Range(1, 7)])), (1, Gen.SubListOf(Enumerable.Range(1, 7).ToArray()).Where(d => d.Count > 0).Select(d => (IReadOnlyList<int>)[.. d])))
        from windows in Gen.CollectToArray(days, d => WindowOn((IsoDayOfWeek)d))
        from extra in Window.ArrayOf(2)
        select windows.Concat(extra).ToArray();

    private static Gen<AvailabilityWindow> WindowOn(IsoDayOfWeek day) =>
        from start in Gen.Choose(6, 12)
        from hours in Gen.Choose(10, 17)
        select new AvailabilityWindow(day, new LocalTime(start, 0), new LocalTime(Math.Min(start + hours, 23), 0));

    public static Gen<PersonNeeds> Person { get; } =
        from level in Gen.Elements([.. Scheduled, LevelOfCare.IntensiveOutpatient, LevelOfCare.IntensiveOutpatient])
        from age in Gen.Elements(Enum.GetValues<AgeGroup>())
        from windows in Availability
        from telehealth in Strength
        from coOccurring in Strength
        from family in Strength
        from payer in Gen.Elements<string?>(null, null, "P1", "P2")
        from payerStrength in Gen.Elements(NeedStrength.Preferred, NeedStrength.Preferred, NeedStrength.Required)
        from language in Gen.Elements<string?>(null, "en", "es")
        from languageStrength in Gen.Elements(NeedStrength.Preferred, NeedStrength.Preferred, NeedStrength.Required)
        from modalities in Gen.SubListOf(Enum.GetValues<Modality>())
        select new PersonNeeds(level, age, windows)
        {
            Telehealth = telehealth,
            CoOccurringCare = coOccurring,
            FamilyInvolvement = family,
            Payer = payer,
            PayerStrength = payerStrength,
            Language = language,
            LanguageStrength = languageStrength,
            PreferredModalities = modalities,
        };

    public static ProgrammeProfile[] Numbered(ProgrammeProfile[] programmes) =>
        [.. programmes.Select((p, i) => p with { Id = $"P{i}" })];
}
