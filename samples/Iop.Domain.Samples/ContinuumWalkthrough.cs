using Iop.Domain.Continuum;

namespace Iop.Domain.Samples;

/// <summary>Section 1: the continuum of care and each level's codes.</summary>
internal static class ContinuumWalkthrough
{
    public static void Run(TextWriter output)
    {
        output.WriteLine("== 1. The continuum of care ==");
        output.WriteLine();

        // README example: ReadmeTests keeps the README's "Ten lines" identical to these lines.
        var level = LevelOfCare.IntensiveOutpatient;
        var asam = level.ToAsam(AsamEdition.Third);          // ASAM 2.1
        var stepDown = level.StepDown();                      // LevelOfCare.Outpatient
        level.TryGetConditionCode(out var conditionCode);     // UB-04 condition code 92
        var places = level.PlacesOfService();                 // POS 53, 57, 58, 19, 22, 02, 10: no IOP-only code
        var skips = LevelOfCare.Outpatient.Skips(LevelOfCare.PartialHospitalization); // true
        var tedsSetting = level.ToTedsSetting();              // TEDS 6, ambulatory intensive outpatient
        var fromOldNotation = AsamCrosswalk.FromAsam(AsamLevel.Parse("II.1", AsamEdition.Third)); // IOP

        output.WriteLine($"{level.DisplayName()} is {asam}; one step down is {stepDown?.DisplayName()}.");
        output.WriteLine($"Institutional claims carry condition code {conditionCode.Code}; professional claims one of {places.Count} places of service.");
        output.WriteLine($"Outpatient to partial hospitalization skips a level: {skips}. TEDS reports it as setting {(int)tedsSetting}.");
        output.WriteLine($"The old notation II.1 reads as {fromOldNotation.DisplayName()}.");
        output.WriteLine();

        foreach (var each in LevelsOfCare.All)
        {
            output.WriteLine($"{each.Abbreviation(),-4} {each.DisplayName()}");
            output.WriteLine($"     ASAM 3rd ed.: {Join(each.ToAsamLevels(AsamEdition.Third).Select(a => a.Code))} (default {each.ToAsam(AsamEdition.Third).Code})");
            output.WriteLine($"     ASAM 4th ed.: {Join(each.ToAsamLevels(AsamEdition.Fourth).Select(a => a.Code))} (default {each.ToAsam(AsamEdition.Fourth).Code})");
            output.WriteLine($"     LOCUS:        {Join(each.ToLocusLevels().Select(l => $"{l.Number} {l.Name}"))}");
            output.WriteLine($"     TEDS setting: {Join(each.ToTedsSettings().Select(s => $"{(int)s} {s}"))}");
            output.WriteLine($"     POS:          {Join(each.PlacesOfService().Select(c => c.Code))}");
            output.WriteLine($"     Condition:    {(each.TryGetConditionCode(out var cc) ? cc.Code + " " + cc.Display : "none")}");
            output.WriteLine($"     HCPCS diem:   {(each.HcpcsPerDiemCodes().Count == 0 ? "none" : Join(each.HcpcsPerDiemCodes().Select(c => c.Code)))}");
        }

    }

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
