using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

public sealed class CriteriaPlacementPolicyTests
{
    private static readonly CriteriaPlacementPolicy Policy = CriteriaPlacementPolicy.Default;

    /// <summary>A fully assessed adult who needs no more than outpatient care.</summary>
    private static readonly Assessment Settled = new(new LocalDate(2025, 2, 3), AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        WouldOtherwiseNeedInpatient = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(2),
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
        RelapsedAfterTreatment = Determination.No,
    };

    [Theory]
    [InlineData((9 * 60) - 1, AgeGroup.Adult, LevelOfCare.Outpatient)] // one minute below the adult IOP band
    [InlineData(9 * 60, AgeGroup.Adult, LevelOfCare.IntensiveOutpatient)] // boundary: exactly 9 h (42 CFR 410.44)
    [InlineData((6 * 60) - 1, AgeGroup.Adolescent, LevelOfCare.Outpatient)] // one minute below the adolescent band
    [InlineData(6 * 60, AgeGroup.Adolescent, LevelOfCare.IntensiveOutpatient)] // boundary: exactly 6 h for adolescents (SAMHSA 2021 Advisory)
    [InlineData((20 * 60) - 1, AgeGroup.Adult, LevelOfCare.IntensiveOutpatient)] // one minute below PHP
    [InlineData(20 * 60, AgeGroup.Adult, LevelOfCare.PartialHospitalization)] // boundary: exactly 20 h (42 CFR 410.43)
    [InlineData(20 * 60, AgeGroup.Adolescent, LevelOfCare.PartialHospitalization)] // PHP band is the same for adolescents
    public void Decide_HourBands_GiveTheBandLevel(int minutes, AgeGroup age, LevelOfCare expected) =>
        Policy.Decide(Settled with { AgeGroup = age, WeeklyTreatmentHoursNeeded = Duration.FromMinutes(minutes) }).Recommended.Should().Be(expected);

    [Fact]
    public void Decide_MedicalManagement_IsInpatient_WithOneDecisiveReason()
    {
        var decision = Policy.Decide(Settled with { Needs24HourMedicalManagement = Determination.Yes, Needs24HourSupervision = Determination.Yes });
        decision.Recommended.Should().Be(LevelOfCare.Inpatient);
        decision.Reasons.Where(r => r.IsDecisive).Select(r => r.Finding.RuleId.Value).Should().Equal("PLC-CRIT-INPATIENT");
        decision.Reasons.Select(r => r.Finding.RuleId.Value).Should().Contain("PLC-CRIT-RESIDENTIAL", "every rule that applied is a reason, decisive or not");
        decision.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Decide_UnsafeEnvironment_RaisesToResidential()
    {
        var decision = Policy.Decide(Settled with { SafeStableLivingEnvironment = Determination.No, WeeklyTreatmentHoursNeeded = Duration.FromHours(10) });
        decision.Recommended.Should().Be(LevelOfCare.Residential);
        decision.Reasons[0].Finding.RuleId.Value.Should().Be("PLC-CRIT-ENVIRONMENT");
        decision.Reasons.Should().Contain(r => r.Finding.RuleId.Value == "PLC-CRIT-IOP-HOURS" && !r.IsDecisive);
    }

    [Fact]
    public void Decide_WouldOtherwiseNeedInpatient_IsAtLeastPhp() =>
        Policy.Decide(Settled with { WouldOtherwiseNeedInpatient = Determination.Yes, WeeklyTreatmentHoursNeeded = Duration.FromHours(20) }).Reasons
            .Where(r => r.IsDecisive).Select(r => r.Finding.RuleId.Value).Should().BeEquivalentTo("PLC-CRIT-PHP-ALTERNATIVE", "PLC-CRIT-PHP-HOURS");

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, LevelOfCare.IntensiveOutpatient)] // PHP → at least IOP
    [InlineData(LevelOfCare.Inpatient, LevelOfCare.Residential)] // inpatient → at least residential
    public void Decide_SteppingDown_NeedsTheNextLevelDown(LevelOfCare from, LevelOfCare expected)
    {
        var decision = Policy.Decide(Settled with { SteppingDownFrom = from });
        decision.Recommended.Should().Be(expected);
        decision.Reasons.Single(r => r.IsDecisive).Finding.RuleId.Value.Should().Be("PLC-CRIT-STEP-DOWN");
    }

    [Fact]
    public void Decide_Relapse_IsAtLeastIntensiveOutpatient() =>
        Policy.Decide(Settled with { RelapsedAfterTreatment = Determination.Yes }).Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);

    [Fact]
    public void Decide_RuleSetVariant_ChangesTheThresholds()
    {
        var strict = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { AdultIopMinimumWeeklyHours = Duration.FromHours(12), Version = "payer-x" });
        var decision = strict.Decide(Settled with { WeeklyTreatmentHoursNeeded = Duration.FromHours(10) });
        decision.Recommended.Should().Be(LevelOfCare.Outpatient);
        decision.PolicyVersion.Should().Be("payer-x");
    }

    [Fact]
    public void Decide_NothingAssessed_ReportsEveryMissingInput_AndGuessesNothing()
    {
        var decision = Policy.Decide(new Assessment(Settled.Date, AgeGroup.Adult));
        decision.Recommended.Should().Be(LevelOfCare.Outpatient);
        decision.Reasons.Single().Finding.RuleId.Value.Should().Be("PLC-CRIT-OUTPATIENT");
        decision.Findings.Should().HaveCount(6).And.OnlyContain(f => f.RuleId.Value == "PLC-INPUT-MISSING" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void Decide_IopWithEligibilityUnmet_ReportsMedicareFindings()
    {
        var decision = Policy.Decide(Settled with { AgeGroup = AgeGroup.Adolescent, WeeklyTreatmentHoursNeeded = Duration.FromHours(7), SeriousInterference = Determination.No, CanParticipateAndTolerate = null });
        decision.Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);
        decision.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-INPUT-MISSING", "PLC-MCR-IOP-ELIGIBILITY", "PLC-MCR-IOP-ELIGIBILITY");
    }

    [Fact]
    public void Decide_PhpByHoursWithoutInpatientAlternative_WarnsOnCertification() =>
        Policy.Decide(Settled with { WeeklyTreatmentHoursNeeded = Duration.FromHours(25) }).Findings
            .Should().ContainSingle(f => f.RuleId.Value == "PLC-MCR-PHP-ELIGIBILITY");

    [Fact]
    public void Decide_ContradictoryInput_IsReported()
    {
        var decision = Policy.Decide(Settled with { SteppingDownFrom = LevelOfCare.PartialHospitalization, WeeklyTreatmentHoursNeeded = Duration.FromHours(30), Needs24HourMedicalManagement = Determination.Yes });
        decision.Findings.Count(f => f.RuleId.Value == "PLC-INPUT-CONTRADICTORY").Should().Be(2, "stepping down to a higher level, and medical management without supervision");
    }

    [Fact]
    public void Decide_Null_Throws() =>
        FluentActions.Invoking(() => Policy.Decide(null!)).Should().Throw<ArgumentNullException>().WithParameterName("assessment");

    [Fact]
    public void New_NullRuleSet_Throws() =>
        FluentActions.Invoking(() => new CriteriaPlacementPolicy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("ruleSet");

    [Theory]
    [InlineData(20, 6, 20)] // adult IOP threshold equal to the PHP one: contradictory
    [InlineData(9, 21, 20)] // adolescent IOP threshold above the PHP one
    public void RuleSet_IopThresholdNotBelowPhp_IsRefusedWhenBuilt(int adult, int adolescent, int php)
    {
        var set = CriteriaPlacementRuleSet.Default with { PhpMinimumWeeklyHours = Duration.FromHours(php) };
        FluentActions.Invoking(() => set with { AdultIopMinimumWeeklyHours = Duration.FromHours(adult), AdolescentIopMinimumWeeklyHours = Duration.FromHours(adolescent) })
            .Should().Throw<ArgumentException>().Where(e => e.ParamName!.EndsWith("IopMinimumWeeklyHours", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleSet_PhpThresholdNotAboveIop_IsRefusedWhenBuilt() =>
        FluentActions.Invoking(() => CriteriaPlacementRuleSet.Default with { PhpMinimumWeeklyHours = Duration.FromHours(9) }) // boundary: equal to the adult IOP 9 h
            .Should().Throw<ArgumentException>().WithParameterName("PhpMinimumWeeklyHours");

    [Fact]
    public void RuleSet_EffectiveToBeforeEffectiveFrom_IsRefusedWhenBuilt()
    {
        var set = CriteriaPlacementRuleSet.Default;
        FluentActions.Invoking(() => set with { EffectiveTo = set.EffectiveFrom.PlusDays(-1) }).Should().Throw<ArgumentException>().WithParameterName("EffectiveTo");
        FluentActions.Invoking(() => set with { EffectiveTo = set.EffectiveFrom }).Should().NotThrow("boundary: a one-day rule set");
    }

    [Fact]
    public void RuleSet_IsARuleSet_WithNameVersionDatesAndSources()
    {
        IRuleSet set = CriteriaPlacementRuleSet.Default;
        set.Version.Should().Be("2024.1");
        set.EffectiveTo.Should().BeNull();
        set.Sources.Should().Contain([Citations.Cfr410Section43, Citations.Cfr410Section44, Citations.Cfr424Section24]);
        ContractAssertions.Equality(CriteriaPlacementRuleSet.Default, CriteriaPlacementRuleSet.Default with { }, CriteriaPlacementRuleSet.Default with { Version = "x" }, CriteriaPlacementRuleSet.Default with { AssessmentValidityDays = 90 });
    }

    [Fact]
    public void RuleSet_BadValues_ThrowWithPropertyName()
    {
        var set = CriteriaPlacementRuleSet.Default;
        FluentActions.Invoking(() => set with { PhpMinimumWeeklyHours = Duration.FromHours(-1) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PhpMinimumWeeklyHours");
        FluentActions.Invoking(() => set with { MedicareIopMinimumWeeklyHours = Duration.FromHours(169) }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MedicareIopMinimumWeeklyHours");
        FluentActions.Invoking(() => set with { AssessmentValidityDays = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AssessmentValidityDays");
        FluentActions.Invoking(() => set with { RelapseMinimumLevel = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("RelapseMinimumLevel");
        FluentActions.Invoking(() => set with { Name = " " }).Should().Throw<ArgumentException>().WithParameterName("Name");
    }

    [Fact]
    public void RuleSet_Defaults_ArePinnedToTheirSources()
    {
        var set = CriteriaPlacementRuleSet.Default;
        set.AdultIopMinimumWeeklyHours.Should().Be(Duration.FromHours(9), "42 CFR 410.44");
        set.AdolescentIopMinimumWeeklyHours.Should().Be(Duration.FromHours(6), "SAMHSA 2021 Advisory; Kansas R03-704");
        set.PhpMinimumWeeklyHours.Should().Be(Duration.FromHours(20), "42 CFR 410.43(c)(1)");
        set.MedicareIopMinimumWeeklyHours.Should().Be(Duration.FromHours(9), "42 CFR 424.24(d)");
        set.AssessmentValidityDays.Should().Be(180, "the documented example; confirm per state");
        set.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1), "the Medicare IOP benefit began 2024-01-01");
    }

    [Fact]
    public void Explain_NamesTheLevelAndTheDecisiveRule()
    {
        var text = Policy.Decide(Settled with { WeeklyTreatmentHoursNeeded = Duration.FromHours(12) }).Explain();
        text.Should().StartWith("Recommended level of care: intensive outpatient (IOP).");
        text.Should().Contain("decisive: Needs at least 9 hours of treatment a week (adult): intensive outpatient. [PLC-CRIT-IOP-HOURS]");
    }

    [Fact]
    public void Explain_NeverPrintsCallerConfiguredText()
    {
        var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { Name = "Clinic of Jane Example", Version = "JE-42" });
        var decision = policy.Decide(Settled);
        decision.Explain().Should().NotContain("Jane").And.NotContain("JE-42");
        decision.ToString().Should().NotContain("Jane");
    }

    [Property]
    public Property Decide_AgreesWithAnIndependentOracle() =>
        Prop.ForAll(PlacementGenerators.Assessments, a => Policy.Decide(a).Recommended == Oracle(a));

    [Property]
    public Property Decide_IsMonotone_InEveryDetermination() =>
        Prop.ForAll(PlacementGenerators.SeverityPairs, p => Policy.Decide(p.Severer).Recommended >= Policy.Decide(p.Milder).Recommended);

    [Property]
    public Property Decide_IsDeterministic() =>
        Prop.ForAll(PlacementGenerators.Assessments, a => Policy.Decide(a) == Policy.Decide(a with { }) && Policy.Decide(a).GetHashCode() == Policy.Decide(a).GetHashCode());

    [Property]
    public Property Decide_HasADecisiveReasonAtTheRecommendation_AndNoneAbove() =>
        Prop.ForAll(PlacementGenerators.Assessments, a =>
        {
            var d = Policy.Decide(a);
            return d.Reasons.Any(r => r.IsDecisive && r.RequiredLevel == d.Recommended)
                && d.Reasons.All(r => r.RequiredLevel <= d.Recommended && r.IsDecisive == (r.RequiredLevel == d.Recommended));
        });

    [Property]
    public Property Decide_ReasonsAndFindings_DoNotDependOnOrder() =>
        Prop.ForAll(PlacementGenerators.Assessments, Gen.Choose(0, 1000).ToArbitrary(), (a, seed) =>
        {
            var d = Policy.Decide(a);
            var rebuilt = new PlacementDecision(d.PolicyName, d.PolicyVersion, d.PolicyEffectiveFrom, d.Recommended, d.AssessmentDate, d.AssessmentValidThrough, Shuffle(d.Reasons, seed), Shuffle(d.Findings, seed));
            return rebuilt == d;
        });

    [Property]
    public Property Decide_MessagesNeverContainCallerText() =>
        Prop.ForAll(PlacementGenerators.Assessments, Gen.Elements(CallerTexts).ToArbitrary(), (a, caller) =>
        {
            // The rule set's name and version are caller configuration; the assessment's date is a date of care.
            var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { Name = caller, Version = caller });
            var decision = policy.Decide(a);
            var messages = decision.Reasons.Select(r => r.Finding.Message).Concat(decision.Findings.Select(f => f.Message)).Append(decision.Explain());
            return messages.All(m => !m.Contains(caller, StringComparison.Ordinal) && !m.Contains("2025", StringComparison.Ordinal) && !m.Contains("03-03", StringComparison.Ordinal));
        });

    [Property]
    public Property Decide_Explanations_VaryWithTheInput() =>
        Prop.ForAll(PlacementGenerators.Assessments, a =>
        {
            // The IOP hour reason names the age group whose threshold applied; the step-down reason names the level left.
            var reasons = Policy.Decide(a).Reasons.Select(r => r.Finding);
            var age = a.AgeGroup == AgeGroup.Adult ? "(adult)" : "(adolescent)";
            return reasons.Where(f => f.RuleId.Value == "PLC-CRIT-IOP-HOURS").All(f => f.Message.Contains(age, StringComparison.Ordinal))
                && reasons.Where(f => f.RuleId.Value == "PLC-CRIT-STEP-DOWN").All(f => f.Message.Contains($"from {a.SteppingDownFrom!.Value.DisplayName()}:", StringComparison.Ordinal));
        });

    [Fact]
    public void Decide_RuleSetThresholds_AppearInTheExplanation()
    {
        var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { AdultIopMinimumWeeklyHours = Duration.FromMinutes(450) }); // 7.5 h: a fractional threshold
        policy.Decide(Settled with { WeeklyTreatmentHoursNeeded = Duration.FromHours(8) }).Reasons.Single().Finding.Message
            .Should().Be("Needs at least 7.5 hours of treatment a week (adult): intensive outpatient.");
    }

    [Property]
    public Property Decide_Reasons_AreInformationFindingsOfTheirRule() =>
        Prop.ForAll(PlacementGenerators.Assessments, a =>
            Policy.Decide(a).Reasons.All(r => r.Finding.Severity == Severity.Information && r.Finding.RuleId.Value.StartsWith("PLC-CRIT-", StringComparison.Ordinal)));

    /// <summary>The public criteria, written out plainly and independently of the policy's implementation.</summary>
    private static LevelOfCare Oracle(Assessment a)
    {
        var level = LevelOfCare.Outpatient;
        void AtLeast(LevelOfCare l) => level = l > level ? l : level;
        if (a.Needs24HourMedicalManagement == Determination.Yes) AtLeast(LevelOfCare.Inpatient);
        if (a.Needs24HourSupervision == Determination.Yes) AtLeast(LevelOfCare.Residential);
        if (a.SafeStableLivingEnvironment == Determination.No) AtLeast(LevelOfCare.Residential);
        if (a.WouldOtherwiseNeedInpatient == Determination.Yes) AtLeast(LevelOfCare.PartialHospitalization);
        if (a.WeeklyTreatmentHoursNeeded >= Duration.FromHours(20)) AtLeast(LevelOfCare.PartialHospitalization);
        if (a.WeeklyTreatmentHoursNeeded >= Duration.FromHours(a.AgeGroup == AgeGroup.Adult ? 9 : 6)) AtLeast(LevelOfCare.IntensiveOutpatient);
        if (a.SteppingDownFrom is { } from) AtLeast(from - 1);
        if (a.RelapsedAfterTreatment == Determination.Yes) AtLeast(LevelOfCare.IntensiveOutpatient);
        return level;
    }

    /// <summary>Caller configuration a message must never echo: a clinic's name, a ticket id, text that looks like a date.</summary>
    private static readonly string[] CallerTexts = ["Clinic of Jane Example", "JE-42", "Zebra payer variant", "2025-03-03 local"];

    private static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = (seed + (i * 7919)) % (i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
