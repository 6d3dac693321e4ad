using Iop.Domain.Coding;
using Iop.Domain.Continuum;
using Iop.Domain.Outcomes;
using Iop.Domain.Rules;
using Iop.Domain.Tests.Conventions;
using Iop.Domain.Tests.TreatmentPlans;
using Iop.Domain.TreatmentPlans;
using NodaTime;

namespace Iop.Domain.Tests.Rules;

/// <summary>The 42 CFR Part 2 sensitivity classification of rule ids, instruments, levels and plans.</summary>
public sealed class Part2SensitivityTests
{
    public static TheoryData<AsamLevel> EveryAsamLevel { get; } = [.. AsamLevel.ThirdEdition, .. AsamLevel.ThirdEditionWithdrawalManagement, .. AsamLevel.FourthEdition];

    [Theory]
    [InlineData("CONT-ASAM3-CROSSWALK")] // an ASAM level is an addiction-treatment placement
    [InlineData("CONT-ASAM4-CROSSWALK")]
    [InlineData("CONT-ASAM-WM")] // withdrawal management is withdrawal from a substance
    [InlineData("CONT-ASAM4-WITHDRAWAL")]
    [InlineData("CLM-H0015-INTENSITY")] // H0015: alcohol and/or drug services
    [InlineData("CLM-OTP-G0137")] // an opioid treatment programme
    [InlineData("OUT-AUDIT-RANGE")] // alcohol-use screen
    [InlineData("OUT-AUDITC-POSITIVE")]
    [InlineData("OUT-BAM-SUBSCALES")] // Brief Addiction Monitor
    [InlineData("OUT-IET-INITIATION")] // initiation of SUD treatment (HEDIS IET)
    [InlineData("OUT-IET-ENGAGEMENT")]
    [InlineData("PLAN-NO-RELAPSE-PREVENTION")] // fires only for a substance-use diagnosis
    public void Of_SubstanceUseRuleId_IsSubstanceUseDisorder(string id) =>
        Part2Sensitivity.Of(new RuleId(id)).Should().Be(Sensitivity.SubstanceUseDisorder);

    [Theory]
    [InlineData("OUT-PHQ9-ITEM9")] // a depression screen reveals nothing about substance use by itself
    [InlineData("INT-IOP-MIN-HOURS")] // an IOP may be psychiatric
    [InlineData("CONT-LOCUS-CROSSWALK")] // LOCUS is a psychiatric instrument
    [InlineData("MY-OWN-RULE")] // a caller's own id is general unless the caller labels it
    public void Of_OtherRuleId_IsGeneral(string id) =>
        Part2Sensitivity.Of(new RuleId(id)).Should().Be(Sensitivity.General);

    [Fact]
    public void RuleIds_EachNamesABuiltInRule_SoTheListCannotRotWhenARuleIsRenamed() =>
        Part2Sensitivity.RuleIds.Except(RulesDocumentationTests.AllRules.Select(r => r.Id)).Should().BeEmpty();

    [Fact]
    public void RuleIds_AreInOrdinalOrder_AndEachClassifiedAsSubstanceUse() =>
        Part2Sensitivity.RuleIds.Should().BeInAscendingOrder(id => id.Value, StringComparer.Ordinal)
            .And.OnlyContain(id => Part2Sensitivity.Of(id) == Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void Finding_CarriesItsRuleSensitivity() =>
        OutcomeRules.AuditRange.ToFinding(Severity.Information, "A message.").Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void EnforcedFrom_IsTheComplianceDateOfThe2024FinalRule() =>
        Part2Sensitivity.EnforcedFrom.Should().Be(new LocalDate(2026, 2, 16)); // 89 FR 12472

    [Fact]
    public void Source_CitesTheFederalRegister() =>
        Part2Sensitivity.Source.Title.Should().Contain("89 FR 12472");

    [Theory]
    [InlineData(Sensitivity.General, Sensitivity.General, Sensitivity.General)]
    [InlineData(Sensitivity.General, Sensitivity.SubstanceUseDisorder, Sensitivity.SubstanceUseDisorder)]
    [InlineData(Sensitivity.SubstanceUseDisorder, Sensitivity.General, Sensitivity.SubstanceUseDisorder)]
    [InlineData(Sensitivity.SubstanceUseDisorder, Sensitivity.SubstanceUseDisorder, Sensitivity.SubstanceUseDisorder)]
    public void Max_EveryPair_IsTheHigher(Sensitivity first, Sensitivity second, Sensitivity expected) =>
        Part2Sensitivity.Max(first, second).Should().Be(expected);

    [Fact]
    public void Max_UndefinedMember_Throws() =>
        FluentActions.Invoking(() => Part2Sensitivity.Max(default, Sensitivity.General)).Should().Throw<ArgumentException>().WithParameterName("first");

    [Fact]
    public void Of_ResultWithoutFindings_IsGeneral() =>
        Part2Sensitivity.Of(new Evaluation<int>(1, [])).Should().Be(Sensitivity.General);

    [Fact]
    public void Of_ResultWithASubstanceUseFinding_IsSubstanceUseDisorder() =>
        Part2Sensitivity.Of(new Evaluation<int>(1, [OutcomeRules.Phq9ItemNine.ToFinding(Severity.Error, "A message."), OutcomeRules.Initiation.ToFinding(Severity.Information, "A message.")]))
            .Should().Be(Sensitivity.SubstanceUseDisorder);

    [Theory]
    [InlineData("AUDIT", Sensitivity.SubstanceUseDisorder)]
    [InlineData("AUDIT-C", Sensitivity.SubstanceUseDisorder)]
    [InlineData("PHQ-9", Sensitivity.General)]
    [InlineData("GAD-7", Sensitivity.General)]
    public void Instrument_BuiltIn_CarriesItsSensitivity(string name, Sensitivity expected) =>
        new[] { Instrument.Audit, Instrument.AuditC, Instrument.Phq9, Instrument.Gad7 }.Single(i => i.Name == name).Sensitivity.Should().Be(expected);

    [Fact]
    public void Instrument_UndefinedSensitivity_IsRefused() =>
        FluentActions.Invoking(() => new Instrument("X", "1", new LocalDate(2020, 1, 1), [InstrumentItem.Range(0, 3)], []) { Sensitivity = default })
            .Should().Throw<ArgumentException>().WithParameterName(nameof(Instrument.Sensitivity));

    [Fact]
    public void InstrumentScore_Audit_IsSubstanceUseDisorder() =>
        Instruments.ScoreTotal(Instrument.Audit, 3, ScoringPolicy.Default).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void InstrumentScore_Phq9WithItemNine_IsGeneral() =>
        Instruments.Score(Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1], ScoringPolicy.Default).Sensitivity.Should().Be(Sensitivity.General);

    [Fact]
    public void InstrumentScore_Default_IsGeneral() => default(InstrumentScore).Sensitivity.Should().Be(Sensitivity.General);

    [Fact]
    public void BamScore_IsSubstanceUseDisorder() =>
        Instruments.ScoreBam(new int[17]).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Theory]
    [MemberData(nameof(EveryAsamLevel))]
    public void AsamLevel_EveryLevel_IsSubstanceUseDisorder(AsamLevel level) =>
        level.Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void AsamLevel_Default_IsGeneral() => default(AsamLevel).Sensitivity.Should().Be(Sensitivity.General);

    [Fact]
    public void TreatmentPlan_WithSubstanceUseDiagnosis_IsSubstanceUseDisorder() =>
        Plans.ValidPlan().Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void TreatmentPlan_NoSudDiagnosisButAnAbstinenceObjective_IsSubstanceUseDisorder() => // the valid plan has a days-abstinent target
        Plans.Plan(Plans.ValidContent() with { Diagnoses = [new PlanDiagnosis(Plans.Depression, isSubstanceUse: false)] }).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void LevelOfCare_ToCodedValue_UsesTheLibrarySystemAndAbbreviation() =>
        LevelOfCare.IntensiveOutpatient.ToCodedValue().Should().Be(new CodedValue(CodeSystems.LevelOfCare, "IOP", "intensive outpatient"));

    [Fact]
    public void TreatmentPlan_AbstinenceTarget_IsSubstanceUseDisorder() =>
        Plans.Plan(GeneralContent(MeasurableTarget.DaysAbstinent(30))).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void TreatmentPlan_AuditTarget_IsSubstanceUseDisorder() =>
        Plans.Plan(GeneralContent(MeasurableTarget.ForMeasure(Instrument.Audit, TargetComparison.Below, 8))).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    [Fact]
    public void TreatmentPlan_Phq9TargetOnly_IsGeneral() =>
        Plans.Plan(GeneralContent(MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10))).Sensitivity.Should().Be(Sensitivity.General);

    [Fact]
    public void TreatmentPlan_TwelveStepFacilitation_IsSubstanceUseDisorder() =>
        Plans.Plan(GeneralContent(MeasurableTarget.ForMeasure(Instrument.Phq9, TargetComparison.Below, 10), Iop.Domain.Intensity.Modality.TwelveStepFacilitation)).Sensitivity.Should().Be(Sensitivity.SubstanceUseDisorder);

    /// <summary>A plan with one depression diagnosis and one objective with the given target.</summary>
    private static PlanContent GeneralContent(MeasurableTarget target, Iop.Domain.Intensity.Modality modality = Iop.Domain.Intensity.Modality.GroupTherapy) =>
        Plans.ValidContent() with
        {
            Diagnoses = [new PlanDiagnosis(Plans.Depression, isSubstanceUse: false)],
            Problems = [Plans.Problem("SECRET-p1", Plans.Goal("SECRET-g1", Plans.Objective("SECRET-o1", Plans.Group() with { Modality = modality }) with { Target = target }))],
        };
}
