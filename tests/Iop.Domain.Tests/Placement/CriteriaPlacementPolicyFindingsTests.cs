using Iop.Domain.Continuum;
using Iop.Domain.Placement;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Tests.Placement;

/// <summary>
/// The criteria policy's findings and reasons as a user sees them: which finding each eligibility and input
/// check gives at its boundaries, every explanation a non-blank sentence, and the rendered explanation.
/// </summary>
public sealed class CriteriaPlacementPolicyFindingsTests
{
    private static readonly CriteriaPlacementPolicy Policy = CriteriaPlacementPolicy.Default;
    private static readonly Duration Tick = Duration.FromTicks(1);

    /// <summary>A fully assessed adult meeting every eligibility condition, needing outpatient care only.</summary>
    private static readonly Assessment Eligible = new(new LocalDate(2025, 2, 3), AgeGroup.Adult)
    {
        Needs24HourMedicalManagement = Determination.No,
        Needs24HourSupervision = Determination.No,
        WouldOtherwiseNeedInpatient = Determination.No,
        SafeStableLivingEnvironment = Determination.Yes,
        WeeklyTreatmentHoursNeeded = Duration.FromHours(2),
        CanParticipateAndTolerate = Determination.Yes,
        SeriousInterference = Determination.Yes,
        RelapsedAfterTreatment = Determination.No,
        CoOccurringConditions = Determination.No,
    };

    private static readonly Assessment EligibleIop = Eligible with { WeeklyTreatmentHoursNeeded = Duration.FromHours(12) };

    private static readonly Assessment EligiblePhp = Eligible with { WouldOtherwiseNeedInpatient = Determination.Yes, WeeklyTreatmentHoursNeeded = Duration.FromHours(20) };

    /// <summary>Assessments that between them reach every finding and every explanation the default policy has.</summary>
    private static readonly Assessment[] Reaching =
    [
        new(Eligible.Date, AgeGroup.Adult), // nothing assessed: the six input findings of the criteria
        EligibleIop with { SeriousInterference = null, CanParticipateAndTolerate = null }, // IOP: the two eligibility inputs not assessed
        EligibleIop with { SeriousInterference = Determination.No, CanParticipateAndTolerate = Determination.No }, // IOP: both unmet
        Eligible with { RelapsedAfterTreatment = Determination.Yes }, // IOP by relapse with 2 h: fewer hours than Medicare IOP needs
        EligiblePhp with { WeeklyTreatmentHoursNeeded = Duration.FromHours(10), CanParticipateAndTolerate = Determination.No }, // PHP by the alternative: short hours, not tolerated
        EligiblePhp with { WouldOtherwiseNeedInpatient = Determination.No }, // PHP by hours without the inpatient alternative
        Eligible with { SteppingDownFrom = LevelOfCare.PartialHospitalization, WeeklyTreatmentHoursNeeded = Duration.FromHours(30) }, // stepping down, criteria say PHP
        Eligible with { Needs24HourMedicalManagement = Determination.Yes }, // medical management without supervision
        Eligible with { Needs24HourSupervision = Determination.Yes, SafeStableLivingEnvironment = Determination.No }, // residential twice
        EligiblePhp with { AgeGroup = AgeGroup.Adolescent }, // PHP by the alternative and by hours
        Eligible with { AgeGroup = AgeGroup.Adolescent, WeeklyTreatmentHoursNeeded = Duration.FromHours(7) }, // adolescent IOP hours
        Eligible with { SteppingDownFrom = LevelOfCare.IntensiveOutpatient },
        Eligible with { SteppingDownFrom = LevelOfCare.Residential },
        Eligible with { SteppingDownFrom = LevelOfCare.Inpatient },
        EligibleIop,
        Eligible,
    ];

    private static int Count(PlacementDecision decision, string ruleId) => decision.Findings.Count(f => f.RuleId.Value == ruleId);

    [Fact]
    public void Decide_AcrossTheCriteria_EveryFindingIsADistinctWarningSentence()
    {
        var findings = Reaching.SelectMany(a => Policy.Decide(a).Findings).Distinct().ToList();

        findings.Should().HaveCount(16, "eight inputs not assessed, three IOP and three PHP eligibility checks, two contradictions");
        findings.Select(f => f.Message).Should().OnlyHaveUniqueItems().And.OnlyContain(m => m.Length > 20 && m.EndsWith('.'));
        findings.Should().OnlyContain(f => f.Severity == Severity.Warning && f.Subject == null);
        findings.GroupBy(f => f.RuleId.Value).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["PLC-INPUT-MISSING"] = 8,
            ["PLC-MCR-IOP-ELIGIBILITY"] = 3,
            ["PLC-MCR-PHP-ELIGIBILITY"] = 3,
            ["PLC-INPUT-CONTRADICTORY"] = 2,
        });
    }

    [Fact]
    public void Decide_AcrossTheCriteria_EveryExplanationIsADistinctInformationSentence()
    {
        var reasons = Reaching.SelectMany(a => Policy.Decide(a).Reasons).Select(r => r.Finding).Distinct().ToList();

        reasons.Select(f => f.Message).Distinct().Should().HaveCount(13, "seven single-text criteria, the adult and adolescent IOP hours, stepping down from each of four levels")
            .And.OnlyContain(m => m.Length > 20 && m.EndsWith('.'));
        reasons.Should().OnlyContain(f => f.Severity == Severity.Information);
        reasons.Select(f => f.RuleId.Value).Distinct().Should().HaveCount(9, "every PLC-CRIT rule gives a reason");
    }

    [Fact]
    public void Decide_EveryReason_CitesItsRulesSource()
    {
        var reasons = Reaching.SelectMany(a => Policy.Decide(a).Reasons).Select(r => r.Finding).Distinct();
        reasons.Should().OnlyContain(f => f.Source == RuleOf(f.RuleId).Source);
    }

    [Theory]
    [InlineData(LevelOfCare.IntensiveOutpatient, "Is stepping down from intensive outpatient: at least outpatient, so no level is skipped.")]
    [InlineData(LevelOfCare.PartialHospitalization, "Is stepping down from partial hospitalization: at least intensive outpatient, so no level is skipped.")]
    [InlineData(LevelOfCare.Residential, "Is stepping down from residential: at least partial hospitalization, so no level is skipped.")]
    [InlineData(LevelOfCare.Inpatient, "Is stepping down from inpatient (medically managed): at least residential, so no level is skipped.")]
    public void Decide_SteppingDownFromEveryLevel_ExplainsTheLevelLeftAndTheNext(LevelOfCare from, string explanation)
    {
        var reason = Policy.Decide(Eligible with { SteppingDownFrom = from }).Reasons.Single(r => r.Finding.RuleId == PlacementRules.StepDown.Id);
        reason.Finding.Message.Should().Be(explanation);
        reason.RequiredLevel.Should().Be(from.StepDown()!.Value);
    }

    [Fact]
    public void Decide_RuleSetLevels_AppearInTheExplanations()
    {
        var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { UnsafeEnvironmentMinimumLevel = LevelOfCare.PartialHospitalization, RelapseMinimumLevel = LevelOfCare.Outpatient });
        var decision = policy.Decide(Eligible with { SafeStableLivingEnvironment = Determination.No, RelapsedAfterTreatment = Determination.Yes });
        decision.Recommended.Should().Be(LevelOfCare.PartialHospitalization);
        decision.Reasons.Select(r => (r.Finding.Message, r.RequiredLevel, r.IsDecisive)).Should().Equal(
            ("Has no safe and stable living environment: at least partial hospitalization care.", LevelOfCare.PartialHospitalization, true),
            ("Has relapsed after earlier treatment: at least outpatient.", LevelOfCare.Outpatient, false));
    }

    [Fact]
    public void Decide_RuleSetHours_AppearInTheExplanationsAndFindings()
    {
        var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with
        {
            PhpMinimumWeeklyHours = Duration.FromHours(25),
            AdolescentIopMinimumWeeklyHours = Duration.FromMinutes(270),
            MedicareIopMinimumWeeklyHours = Duration.FromHours(11),
        });
        policy.Decide(EligiblePhp with { WeeklyTreatmentHoursNeeded = Duration.FromHours(26) }).Reasons.Single(r => r.Finding.RuleId == PlacementRules.PhpHours.Id)
            .Finding.Message.Should().Be("Needs at least 25 hours of treatment a week: partial hospitalization.");
        policy.Decide(EligiblePhp).Findings.Single()
            .Message.Should().Be("Medicare PHP needs a need for at least 25 hours a week; the assessment records fewer.", "20 h is short of the variant's 25 h");
        var adolescent = policy.Decide(EligibleIop with { AgeGroup = AgeGroup.Adolescent, WeeklyTreatmentHoursNeeded = Duration.FromHours(5) });
        adolescent.Reasons.Single().Finding.Message.Should().Be("Needs at least 4.5 hours of treatment a week (adolescent): intensive outpatient.");
        adolescent.Findings.Single().Message.Should().Be("Medicare IOP certification needs a need for at least 11 hours a week; the assessment records fewer.");
    }

    [Theory]
    [InlineData(AgeGroup.Adolescent, 9 * 60, 0)] // boundary: exactly the Medicare 9 h, eligible
    [InlineData(AgeGroup.Adolescent, (9 * 60) - 1, 1)] // one minute short of the Medicare 9 h though IOP by the adolescent 6 h
    [InlineData(AgeGroup.Adult, 9 * 60, 0)] // boundary: the adult band starts where Medicare does
    public void Decide_IopHoursAgainstMedicare_WarnAtTheBoundary(AgeGroup age, int minutes, int warnings)
    {
        var decision = Policy.Decide(EligibleIop with { AgeGroup = age, WeeklyTreatmentHoursNeeded = Duration.FromMinutes(minutes) });
        decision.Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);
        decision.Findings.Select(f => f.RuleId).Should().Equal(Enumerable.Repeat(PlacementRules.MedicareIopEligibility.Id, warnings));
    }

    [Fact]
    public void Decide_IopWithHoursNotAssessed_ReportsTheInputNotAShortfall()
    {
        var decision = Policy.Decide(EligibleIop with { WeeklyTreatmentHoursNeeded = null, RelapsedAfterTreatment = Determination.Yes });
        decision.Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);
        decision.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-INPUT-MISSING");
        decision.Reasons.Select(r => r.Finding.RuleId.Value).Should().Equal("PLC-CRIT-RELAPSE");
    }

    [Theory]
    [InlineData(null, Determination.Yes, "PLC-INPUT-MISSING")] // interference not assessed
    [InlineData(Determination.No, Determination.Yes, "PLC-MCR-IOP-ELIGIBILITY")] // interference denied
    [InlineData(Determination.Yes, null, "PLC-INPUT-MISSING")] // tolerance not assessed
    [InlineData(Determination.Yes, Determination.No, "PLC-MCR-IOP-ELIGIBILITY")] // cannot tolerate
    public void Decide_IopEligibilityInput_GivesOneFindingOfItsRule(Determination? interference, Determination? tolerance, string ruleId) =>
        Policy.Decide(EligibleIop with { SeriousInterference = interference, CanParticipateAndTolerate = tolerance }).Findings
            .Select(f => f.RuleId.Value).Should().Equal(ruleId);

    [Fact]
    public void Decide_IopFullyEligible_HasNoFindings() =>
        Policy.Decide(EligibleIop).Findings.Should().BeEmpty();

    [Theory]
    [InlineData(20 * 60, 0)] // boundary: exactly the Medicare 20 h
    [InlineData((20 * 60) - 1, 1)] // one minute short: PHP only by the inpatient alternative
    public void Decide_PhpHoursAgainstMedicare_WarnAtTheBoundary(int minutes, int warnings)
    {
        var decision = Policy.Decide(EligiblePhp with { WeeklyTreatmentHoursNeeded = Duration.FromMinutes(minutes) });
        decision.Recommended.Should().Be(LevelOfCare.PartialHospitalization);
        decision.Findings.Select(f => f.RuleId).Should().Equal(Enumerable.Repeat(PlacementRules.MedicarePhpEligibility.Id, warnings));
    }

    [Theory]
    [InlineData(null, "PLC-INPUT-MISSING")] // tolerance not assessed
    [InlineData(Determination.No, "PLC-MCR-PHP-ELIGIBILITY")] // cannot tolerate
    public void Decide_PhpToleranceInput_GivesOneFindingOfItsRule(Determination? tolerance, string ruleId) =>
        Policy.Decide(EligiblePhp with { CanParticipateAndTolerate = tolerance }).Findings.Select(f => f.RuleId.Value).Should().Equal(ruleId);

    [Fact]
    public void Decide_PhpFullyEligible_HasNoFindings_EvenWithoutInterference() =>
        Policy.Decide(EligiblePhp with { SeriousInterference = null }).Findings.Should().BeEmpty("interference is an IOP condition only");

    [Fact]
    public void Decide_PhpByHoursWithInpatientAlternativeNotAssessed_ReportsOnlyTheMissingInput()
    {
        var decision = Policy.Decide(EligiblePhp with { WouldOtherwiseNeedInpatient = null });
        decision.Recommended.Should().Be(LevelOfCare.PartialHospitalization);
        decision.Findings.Select(f => f.RuleId.Value).Should().Equal("PLC-INPUT-MISSING");
    }

    [Theory]
    [InlineData(LevelOfCare.Outpatient)]
    [InlineData(LevelOfCare.Residential)]
    [InlineData(LevelOfCare.Inpatient)]
    public void Decide_OtherLevels_CheckNoMedicareEligibility(LevelOfCare expected)
    {
        var assessment = expected switch
        {
            LevelOfCare.Outpatient => Eligible,
            LevelOfCare.Residential => Eligible with { Needs24HourSupervision = Determination.Yes },
            _ => Eligible with { Needs24HourSupervision = Determination.Yes, Needs24HourMedicalManagement = Determination.Yes },
        };
        var decision = Policy.Decide(assessment with { SeriousInterference = Determination.No, CanParticipateAndTolerate = null, WouldOtherwiseNeedInpatient = Determination.No });
        decision.Recommended.Should().Be(expected);
        decision.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(LevelOfCare.PartialHospitalization, 20, 1)] // boundary: the criteria indicate the very level being left
    [InlineData(LevelOfCare.PartialHospitalization, 12, 0)] // the next level down: consistent
    [InlineData(LevelOfCare.IntensiveOutpatient, 12, 1)] // still IOP while stepping down from it
    [InlineData(LevelOfCare.Residential, 20, 0)] // PHP below residential: consistent
    public void Decide_SteppingDown_IsContradictoryOnlyAtOrAboveTheLevelLeft(LevelOfCare from, int hours, int contradictions)
    {
        var decision = Policy.Decide(Eligible with { SteppingDownFrom = from, WeeklyTreatmentHoursNeeded = Duration.FromHours(hours) });
        Count(decision, "PLC-INPUT-CONTRADICTORY").Should().Be(contradictions);
    }

    [Theory]
    [InlineData(Determination.Yes, Determination.No, 1)] // medical management without supervision
    [InlineData(Determination.Yes, Determination.Yes, 0)] // both: consistent
    [InlineData(Determination.Yes, null, 0)] // supervision not assessed: a missing input, not a contradiction
    [InlineData(Determination.No, Determination.No, 0)] // neither
    public void Decide_MedicalManagementWithoutSupervision_IsContradictory(Determination medical, Determination? supervision, int contradictions) =>
        Count(Policy.Decide(Eligible with { Needs24HourMedicalManagement = medical, Needs24HourSupervision = supervision }), "PLC-INPUT-CONTRADICTORY").Should().Be(contradictions);

    [Fact]
    public void Decide_Findings_AreInTheCanonicalOrder()
    {
        // Not assessed: the four criteria inputs and hours; IOP by relapse with the two eligibility inputs missing.
        var decision = Policy.Decide(new Assessment(Eligible.Date, AgeGroup.Adult) { RelapsedAfterTreatment = Determination.Yes });
        decision.Recommended.Should().Be(LevelOfCare.IntensiveOutpatient);
        decision.Findings.Should().HaveCount(7).And.BeInAscendingOrder(f => f.Message, StringComparer.Ordinal);
        decision.Findings.Should().OnlyContain(f => f.RuleId == PlacementRules.InputMissing.Id);
    }

    [Fact]
    public void Decide_ReasonsAndFindings_AreInTheCanonicalOrder()
    {
        var decision = Policy.Decide(Eligible with
        {
            SteppingDownFrom = LevelOfCare.Inpatient,
            Needs24HourSupervision = Determination.Yes,
            WouldOtherwiseNeedInpatient = Determination.Yes,
            WeeklyTreatmentHoursNeeded = Duration.FromHours(12),
            RelapsedAfterTreatment = Determination.Yes,
        });
        decision.Reasons.Select(r => (r.Finding.RuleId.Value, r.IsDecisive)).Should().Equal(
            ("PLC-CRIT-RESIDENTIAL", true),
            ("PLC-CRIT-STEP-DOWN", true),
            ("PLC-CRIT-PHP-ALTERNATIVE", false),
            ("PLC-CRIT-IOP-HOURS", false),
            ("PLC-CRIT-RELAPSE", false));
    }

    [Fact]
    public void Decide_ValidThrough_IsTheRuleSetsWindowAfterTheAssessment()
    {
        var policy = new CriteriaPlacementPolicy(CriteriaPlacementRuleSet.Default with { AssessmentValidityDays = 30 });
        var decision = policy.Decide(Eligible);
        decision.AssessmentDate.Should().Be(Eligible.Date);
        decision.AssessmentValidThrough.Should().Be(Eligible.Date.PlusDays(30));
        Policy.Decide(Eligible).AssessmentValidThrough.Should().Be(Eligible.Date.PlusDays(180));
    }

    [Fact]
    public void Decide_IdentifiesThePolicy_ByTheRuleSet()
    {
        var set = CriteriaPlacementRuleSet.Default with { Name = "variant", Version = "v2", EffectiveFrom = new LocalDate(2025, 1, 1) };
        var policy = new CriteriaPlacementPolicy(set);
        (policy.Name, policy.Version, policy.EffectiveFrom, policy.RuleSet).Should().Be(("variant", "v2", new LocalDate(2025, 1, 1), set));
        var decision = policy.Decide(Eligible);
        (decision.PolicyName, decision.PolicyVersion, decision.PolicyEffectiveFrom).Should().Be(("variant", "v2", new LocalDate(2025, 1, 1)));
        CriteriaPlacementPolicy.Default.RuleSet.Should().BeSameAs(CriteriaPlacementRuleSet.Default);
    }

    [Fact]
    public void Explain_ListsEveryReasonAndFinding_InLibraryText()
    {
        var decision = Policy.Decide(EligibleIop with { RelapsedAfterTreatment = Determination.Yes, SeriousInterference = null });
        decision.Explain().Should().Be(
            "Recommended level of care: intensive outpatient (IOP).\n"
            + "Why:\n"
            + "  - decisive: Needs at least 9 hours of treatment a week (adult): intensive outpatient. [PLC-CRIT-IOP-HOURS]\n"
            + "  - decisive: Has relapsed after earlier treatment: at least intensive outpatient. [PLC-CRIT-RELAPSE]\n"
            + "To check:\n"
            + "  - Warning: Whether the disorder seriously interferes with several areas of life was not assessed; Medicare IOP eligibility could not be checked. [PLC-INPUT-MISSING]\n");
        decision.ToString().Should().Be("Placement IOP (2 reasons, 1 finding)");
    }

    [Fact]
    public void Explain_WithoutFindings_HasNoToCheckSection()
    {
        var decision = Policy.Decide(Eligible with { Needs24HourSupervision = Determination.Yes });
        decision.Explain().Should().Be(
            "Recommended level of care: residential (RES).\n"
            + "Why:\n"
            + "  - decisive: Needs 24-hour supervision or structure: at least residential care. [PLC-CRIT-RESIDENTIAL]\n");
        decision.ToString().Should().Be("Placement RES (1 reason, 0 findings)");
    }

    private static Rule RuleOf(RuleId id) =>
        new[] { PlacementRules.Inpatient, PlacementRules.Residential, PlacementRules.UnsafeEnvironment, PlacementRules.PhpInLieuOfInpatient, PlacementRules.PhpHours, PlacementRules.IopHours, PlacementRules.StepDown, PlacementRules.Relapse, PlacementRules.Outpatient }
            .Single(r => r.Id == id);
}
