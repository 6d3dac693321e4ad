using Iop.Domain.Coding;
using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>
/// A standardized instrument whose item answers sum to one total, held as data: its items and the values
/// each accepts, its severity bands, its screen cut-off, its safety items, its verified codes, its licence
/// and a licence note. The built-ins (<see cref="BuiltIn"/>) are <see cref="Phq9"/>, <see cref="Gad7"/>,
/// <see cref="Audit"/>, <see cref="AuditC"/>, <see cref="Phq2"/>, <see cref="Phq8"/>, <see cref="PhqA"/>,
/// <see cref="Gad2"/>, <see cref="Pcl5"/> and <see cref="Asq"/>; a caller defines another (a state-mandated screener, say) with the constructor,
/// and scoring (<see cref="Instruments"/>), change over time (<see cref="SymptomChanges"/>) and cohort
/// metrics handle it unchanged.
/// </summary>
/// <remarks>
/// <para>An instrument is a rule set (<see cref="IRuleSet"/>): its bands and cut-off are thresholds with
/// sources, passed to every evaluation that applies them. For every shipped instrument a higher total means
/// more symptoms or more risk; change over time assumes the same of a caller's instrument. The Brief
/// Addiction Monitor, which has three subscales and no total, is scored by <see cref="Instruments.ScoreBam"/>.</para>
/// <para>Totals range from the sum of the items' minimums to the sum of their maximums. Bands, when given,
/// are in increasing order, adjacent and cover that whole range. Item wording is never held.</para>
/// <para>Construction checks everything and the <c>init</c> members check themselves against the items, so
/// an instrument that exists is consistent. Equality compares every member (lists element by element). This
/// type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Instrument : IRuleSet, IEquatable<Instrument>
{
    private static readonly IReadOnlyList<SafetyItem> NoSafetyItems = Array.AsReadOnly(Array.Empty<SafetyItem>());
    private static readonly IReadOnlyList<RuleSource> NoSources = Array.AsReadOnly(Array.Empty<RuleSource>());
    private static readonly IReadOnlyList<CodedValue?> NoItemCodes = Array.AsReadOnly(Array.Empty<CodedValue?>());

    private readonly InstrumentItem[] items;
    private readonly ScoreBand[] bands;
    private readonly LocalDate? effectiveTo;
    private readonly IReadOnlyList<RuleSource> sources = NoSources;
    private readonly int? positiveScreenAtOrAbove;
    private readonly InstrumentItem? carriedItem;
    private readonly IReadOnlyList<SafetyItem> safetyItems = NoSafetyItems;
    private readonly string? licenceNote;
    private readonly InstrumentLicence? licence;
    private readonly IReadOnlyList<CodedValue?> itemCodes = NoItemCodes;
    private readonly Sensitivity sensitivity = Sensitivity.General;

    /// <summary>Creates an instrument.</summary>
    /// <param name="name">The instrument's usual name, for example <c>PHQ-9</c>.</param>
    /// <param name="version">The version or edition, for example <c>Kroenke 2001</c>.</param>
    /// <param name="effectiveFrom">The first date the definition applies to.</param>
    /// <param name="items">The scored items in order, at least one.</param>
    /// <param name="bands">The bands of the total in increasing order, covering the whole range; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="version"/> is blank, <paramref name="items"/> is empty or holds a
    /// null, or <paramref name="bands"/> holds a null or does not cover the range of totals in adjacent bands.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public Instrument(string name, string version, LocalDate effectiveFrom, IEnumerable<InstrumentItem> items, IEnumerable<ScoreBand> bands)
    {
        Name = Guard.Against.Blank(name);
        Version = Guard.Against.Blank(version);
        EffectiveFrom = Guard.Against.UnsupportedDate(effectiveFrom);
        this.items = [.. Guard.Against.EmptyOrNullElements(items)];
        Items = Array.AsReadOnly(this.items);
        MinimumTotal = this.items.Sum(i => i.Minimum);
        MaximumTotal = this.items.Sum(i => i.Maximum);
        this.bands = [.. Guard.Against.NullElements(bands)];
        CheckBands(this.bands, MinimumTotal, MaximumTotal, nameof(bands));
        Bands = Array.AsReadOnly(this.bands);
        FindingTable = ScoreFindings.Table(safetyItems);
        var widest = this.items.Max(i => i.AllowedValues.Count);
        AnswerBits = 32 - int.LeadingZeroCount(widest); // codes 0 (missing) to widest
        PacksAnswers = AnswerBits * this.items.Length <= 64;
    }

    /// <summary>
    /// Gets the PHQ-9, the Patient Health Questionnaire depression scale (<c>OUT-PHQ9-RANGE</c>): 9 items
    /// scored 0–3, total 0–27; bands 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27
    /// severe; positive screen at 10 or more; item 9 a safety item (<c>OUT-PHQ9-ITEM9</c>); the difficulty
    /// item carried; LOINC panel 44249-1 and total 44261-6.
    /// </summary>
    public static Instrument Phq9 { get; } = new(
        "PHQ-9",
        "Kroenke 2001",
        new LocalDate(2001, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 9),
        [new("Minimal", 0, 4), new("Mild", 5, 9), new("Moderate", 10, 14), new("Moderately severe", 15, 19), new("Severe", 20, 27)])
    {
        Sources = [OutcomeRules.Phq9Range.Source],
        PositiveScreenAtOrAbove = 10,
        CarriedItem = InstrumentItem.Range(0, 3),
        SafetyItems = [SafetyItem.Phq9ItemNine],
        PanelCode = Loinc.Phq9Panel,
        TotalCode = Loinc.Phq9Total,
        LicenceNote = "Developed by Drs Spitzer, Williams, Kroenke and colleagues with an educational grant from Pfizer; stated to be free to reproduce and use. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the GAD-7, the Generalized Anxiety Disorder scale (<c>OUT-GAD7-RANGE</c>): 7 items scored 0–3,
    /// total 0–21; cut points 5, 10 and 15 (mild, moderate, severe); positive screen at 10 or more; LOINC
    /// panel 69737-5 and total 70274-6.
    /// </summary>
    public static Instrument Gad7 { get; } = new(
        "GAD-7",
        "Spitzer 2006",
        new LocalDate(2006, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 7),
        [new("Minimal", 0, 4), new("Mild", 5, 9), new("Moderate", 10, 14), new("Severe", 15, 21)])
    {
        Sources = [OutcomeRules.Gad7Range.Source],
        PositiveScreenAtOrAbove = 10,
        PanelCode = Loinc.Gad7Panel,
        TotalCode = Loinc.Gad7Total,
        LicenceNote = "Developed by Drs Spitzer, Kroenke, Williams, Loewe and colleagues with an educational grant from Pfizer; stated to be free to reproduce and use. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the AUDIT, the WHO Alcohol Use Disorders Identification Test (<c>OUT-AUDIT-RANGE</c>): 10 items,
    /// items 1–8 scored 0–4 and items 9–10 only 0, 2 or 4, total 0–40; WHO zones I 0–7, II 8–15, III 16–19,
    /// IV 20–40; positive screen at zone II (8) or above; LOINC panel 72110-0 and total 75624-7.
    /// </summary>
    public static Instrument Audit { get; } = new(
        "AUDIT",
        "WHO 2nd edition 2001",
        new LocalDate(2001, 1, 1),
        [.. Repeat(InstrumentItem.Range(0, 4), 8), InstrumentItem.OneOf([0, 2, 4]), InstrumentItem.OneOf([0, 2, 4])],
        [new("Zone I", 0, 7), new("Zone II", 8, 15), new("Zone III", 16, 19), new("Zone IV", 20, 40)])
    {
        Sources = [OutcomeRules.AuditRange.Source],
        PositiveScreenAtOrAbove = 8,
        PanelCode = Loinc.AuditPanel,
        TotalCode = Loinc.AuditTotal,
        LicenceNote = "World Health Organization instrument, in the public domain; cite Babor et al. 2001. Item wording is not shipped.",
        Licence = InstrumentLicence.PublicDomain,
        Sensitivity = Sensitivity.SubstanceUseDisorder,
    };

    /// <summary>
    /// Gets the AUDIT-C, the consumption items 1–3 of the AUDIT, each 0–4, total 0–12 (<c>OUT-AUDITC-POSITIVE</c>).
    /// It has no bands and no fixed cut-off: its positive screen depends on sex, and the thresholds are
    /// parameters of the <see cref="ScoringPolicy"/>. LOINC panel 72109-2 and total 75626-2.
    /// </summary>
    public static Instrument AuditC { get; } = new(
        "AUDIT-C",
        "WHO AUDIT items 1-3",
        new LocalDate(2001, 1, 1),
        Repeat(InstrumentItem.Range(0, 4), 3),
        [])
    {
        Sources = [OutcomeRules.AuditRange.Source, OutcomeRules.AuditCPositive.Source],
        PanelCode = Loinc.AuditCPanel,
        TotalCode = Loinc.AuditCTotal,
        LicenceNote = "Derived from the World Health Organization AUDIT (items 1 to 3); in the public domain. Item wording is not shipped.",
        Licence = InstrumentLicence.PublicDomain,
        Sensitivity = Sensitivity.SubstanceUseDisorder,
    };

    /// <summary>
    /// Gets the PHQ-2, PHQ-9 items 1 and 2 (<c>OUT-PHQ2-SCREEN</c>): 2 items scored 0–3, total 0–6; positive
    /// screen at 3 or more (Kroenke et al. 2003); no bands; LOINC panel 55757-9 and total 55758-7. It has no
    /// self-harm item: a positive screen is followed by a full PHQ-9.
    /// </summary>
    public static Instrument Phq2 { get; } = new(
        "PHQ-2",
        "Kroenke 2003",
        new LocalDate(2003, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 2),
        [])
    {
        Sources = [OutcomeRules.Phq2Screen.Source],
        PositiveScreenAtOrAbove = 3,
        PanelCode = Loinc.Phq2Panel,
        TotalCode = Loinc.Phq2Total,
        LicenceNote = "PHQ-9 items 1 and 2 (Pfizer); stated to be free to reproduce and use without permission. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the PHQ-8, PHQ-9 items 1 to 8 (<c>OUT-PHQ8-SCREEN</c>): 8 items scored 0–3, total 0–24; current
    /// depression at 10 or more (Kroenke et al. 2009); no bands shipped; no LOINC code verified, so none is held.
    /// It has no item 9 and so <b>no safety item</b>: a programme that uses it must screen for suicide risk
    /// another way (see <c>docs/rules.md</c>, <c>OUT-PHQ8-SCREEN</c>).
    /// </summary>
    public static Instrument Phq8 { get; } = new(
        "PHQ-8",
        "Kroenke 2009",
        new LocalDate(2009, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 8),
        [])
    {
        Sources = [OutcomeRules.Phq8Screen.Source],
        PositiveScreenAtOrAbove = 10,
        LicenceNote = "PHQ-9 without item 9 (Pfizer); stated to be free to reproduce and use without permission. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the PHQ-A, the PHQ-9 modified for adolescents (<c>OUT-PHQA-RANGE</c>): 9 items scored 0–3, total
    /// 0–27, the PHQ-9 bands (Johnson et al. 2002); no positive-screen cut-off shipped (none verified for
    /// adolescents); item 9 a safety item (<c>OUT-PHQA-ITEM9</c>); LOINC panel 89206-7 and total 89204-2. The
    /// supplementary questions that follow the nine items are not scored and not held.
    /// </summary>
    public static Instrument PhqA { get; } = new(
        "PHQ-A",
        "Johnson 2002",
        new LocalDate(2002, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 9),
        [new("Minimal", 0, 4), new("Mild", 5, 9), new("Moderate", 10, 14), new("Moderately severe", 15, 19), new("Severe", 20, 27)])
    {
        Sources = [OutcomeRules.PhqARange.Source],
        SafetyItems = [SafetyItem.PhqAItemNine],
        PanelCode = Loinc.PhqAPanel,
        TotalCode = Loinc.PhqATotal,
        LicenceNote = "PHQ-9 modified for adolescents (Pfizer); stated to be free to reproduce and use without permission. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the GAD-2, GAD-7 items 1 and 2 (<c>OUT-GAD2-SCREEN</c>): 2 items scored 0–3, total 0–6; positive
    /// screen at 3 or more (Kroenke et al. 2007); no bands; item codes LOINC 69725-0 and 68509-9; no total code verified.
    /// </summary>
    public static Instrument Gad2 { get; } = new(
        "GAD-2",
        "Kroenke 2007",
        new LocalDate(2007, 1, 1),
        Repeat(InstrumentItem.Range(0, 3), 2),
        [])
    {
        Sources = [OutcomeRules.Gad2Screen.Source],
        PositiveScreenAtOrAbove = 3,
        ItemCodes = [Loinc.Gad2Item1, Loinc.Gad2Item2],
        LicenceNote = "GAD-7 items 1 and 2 (Pfizer); stated to be free to reproduce and use without permission. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>
    /// Gets the PCL-5, the PTSD Checklist for DSM-5 (<c>OUT-PCL5-PROVISIONAL</c>): 20 items scored 0–4, total
    /// 0–80; no bands. Its provisional-PTSD cut-off is published as a range (31–33), so it is a
    /// <see cref="ScoringPolicy"/> parameter (<see cref="ScoringPolicy.Default"/>: 33), not a fixed cut-off of the
    /// instrument. LOINC panel 101697-1; no total code verified.
    /// </summary>
    public static Instrument Pcl5 { get; } = new(
        "PCL-5",
        "Weathers 2013",
        new LocalDate(2013, 1, 1),
        Repeat(InstrumentItem.Range(0, 4), 20),
        [])
    {
        Sources = [OutcomeRules.Pcl5Provisional.Source],
        PanelCode = Loinc.Pcl5Panel,
        LicenceNote = "US Department of Veterans Affairs, National Center for PTSD: a US-government work in the public domain. Item wording is not shipped.",
        Licence = InstrumentLicence.PublicDomain,
    };

    /// <summary>
    /// Gets the ASQ, the Ask Suicide-Screening Questions (<c>OUT-ASQ-POSITIVE</c>, <c>OUT-ASQ-ACUTE</c>): four
    /// yes/no questions (no 0, yes 1), total 0–4, positive screen at 1 (any yes); each question is a safety item,
    /// so any yes is an Error finding. The acuity question, asked after a yes, is the carried item (0 or 1): a
    /// yes is an acute positive screen, another Error finding. No LOINC code verified.
    /// </summary>
    public static Instrument Asq { get; } = new(
        "ASQ",
        "Horowitz 2012",
        new LocalDate(2012, 1, 1),
        Repeat(InstrumentItem.Range(0, 1), 4),
        [])
    {
        Sources = [OutcomeRules.AsqPositive.Source],
        PositiveScreenAtOrAbove = 1,
        CarriedItem = InstrumentItem.Range(0, 1),
        SafetyItems = [.. SafetyItem.AsqQuestions, SafetyItem.AsqAcuity],
        LicenceNote = "US National Institute of Mental Health ASQ toolkit; free to use. Item wording is not shipped.",
        Licence = InstrumentLicence.Free,
    };

    /// <summary>Gets every instrument the library ships, in the order of <c>docs/rules.md</c>.</summary>
    public static IReadOnlyList<Instrument> BuiltIn { get; } = Array.AsReadOnly(new[] { Phq9, Gad7, Audit, AuditC, Phq2, Phq8, PhqA, Gad2, Pcl5, Asq });

    /// <summary>Gets the instrument's usual name, for example <c>PHQ-9</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the version or edition of the definition, for example <c>Kroenke 2001</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the first date the definition applies to.</summary>
    /// <value>For the shipped instruments, the start of the year of the source read (PHQ-9 and AUDIT 2001, GAD-7 2006; AUDIT-C 2001, the AUDIT edition its items come from).</value>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last date the definition applies to, or <see langword="null"/> while it is open-ended.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a date before <see cref="EffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a date outside <see cref="Rules.SupportedDates"/> (an open end is <see langword="null"/>).</exception>
    public LocalDate? EffectiveTo
    {
        get => effectiveTo;
        init => effectiveTo = RuleSetIdentity.CheckEffectiveTo(value, EffectiveFrom, nameof(EffectiveTo));
    }

    /// <summary>Gets the sources of the items, bands and cut-off.</summary>
    /// <value>The default value is empty; the shipped instruments cite their publications (see <c>docs/rules.md</c>).</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a list holding a null.</exception>
    public IReadOnlyList<RuleSource> Sources
    {
        get => sources;
        init => sources = Guard.Against.NullElements(value, nameof(Sources));
    }

    /// <summary>Gets the scored items, in order.</summary>
    public IReadOnlyList<InstrumentItem> Items { get; }

    /// <summary>Gets the number of scored items (PHQ-9 9, GAD-7 7, AUDIT 10, AUDIT-C 3).</summary>
    public int ItemCount => items.Length;

    /// <summary>Gets the lowest possible total: the sum of the items' minimums (0 for every shipped instrument).</summary>
    public int MinimumTotal { get; }

    /// <summary>Gets the highest possible total: the sum of the items' maximums (PHQ-9 27, GAD-7 21, AUDIT 40, AUDIT-C 12).</summary>
    public int MaximumTotal { get; }

    /// <summary>Gets the bands of the total in increasing order, or an empty list when the instrument has none (AUDIT-C).</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <summary>
    /// Gets the total at or above which a score is a positive screen, or <see langword="null"/> when the
    /// instrument has no fixed cut-off (the AUDIT-C, whose cut-offs by sex are <see cref="ScoringPolicy"/> parameters).
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>. PHQ-9 10 (<c>OUT-PHQ9-RANGE</c>, Kroenke 2001); GAD-7 10
    /// (<c>OUT-GAD7-RANGE</c>, Spitzer 2006); AUDIT 8 (<c>OUT-AUDIT-RANGE</c>, Babor 2001).
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is outside (<see cref="MinimumTotal"/>, <see cref="MaximumTotal"/>].</exception>
    public int? PositiveScreenAtOrAbove
    {
        get => positiveScreenAtOrAbove;
        init => positiveScreenAtOrAbove = value is { } v ? Guard.Against.OutsideRange(v, MinimumTotal + 1, MaximumTotal, nameof(PositiveScreenAtOrAbove)) : null;
    }

    /// <summary>
    /// Gets an optional item answered after the scored ones that is carried in the score but never summed
    /// (the PHQ-9 difficulty item, 0–3), or <see langword="null"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public InstrumentItem? CarriedItem
    {
        get => carriedItem;
        init => carriedItem = value;
    }

    /// <summary>
    /// Gets the safety items (PHQ-9 item 9; the four ASQ questions and its acuity question), at most five,
    /// each at its own position. A safety item numbered one past the scored items is the
    /// <see cref="CarriedItem"/> (the ASQ acuity question): set <see cref="CarriedItem"/> first. Because the
    /// carried item is optional, leaving it out is never reported as a safety item unanswered.
    /// </summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">
    /// The value set holds a null, more than five items, two items at one position, an item beyond the
    /// scored items (and the carried item, where there is one), or a concern threshold outside (item minimum, item maximum].
    /// </exception>
    public IReadOnlyList<SafetyItem> SafetyItems
    {
        get => safetyItems;
        init
        {
            var list = Guard.Against.NullElements(value, nameof(SafetyItems));
            if (list.Count > ScoreFindings.MaximumSafetyItems || list.Select(s => s.Number).Distinct().Count() != list.Count)
            {
                throw new ArgumentException("An instrument has at most 5 safety items, each at its own position.", nameof(SafetyItems));
            }

            foreach (var safety in list)
            {
                var item = safety.Number <= items.Length ? items[safety.Number - 1] : safety.Number == items.Length + 1 ? carriedItem : null;
                if (item is null || safety.ConcernAtOrAbove <= item.Minimum || safety.ConcernAtOrAbove > item.Maximum)
                {
                    throw new ArgumentException("A safety item must be one of the scored items or the carried item, with a concern threshold above the item's lowest value and not above its highest.", nameof(SafetyItems));
                }
            }

            safetyItems = list;
            SafetyItemArray = [.. list];
            FindingTable = ScoreFindings.Table(list);
        }
    }

    /// <summary>
    /// Gets the codes of the scored items where they are verified (GAD-2: LOINC 69725-0 and 68509-9): empty,
    /// or one entry per scored item, <see langword="null"/> where an item has no verified code.
    /// </summary>
    /// <value>The default value is empty.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is neither empty nor one entry per scored item.</exception>
    public IReadOnlyList<CodedValue?> ItemCodes
    {
        get => itemCodes;
        init
        {
            var copy = Guard.Against.Null(value, nameof(ItemCodes)).ToArray();
            if (copy.Length != 0 && copy.Length != items.Length)
            {
                throw new ArgumentException("Item codes are either none or one entry per scored item.", nameof(ItemCodes));
            }

            itemCodes = copy.Length == 0 ? NoItemCodes : Array.AsReadOnly(copy);
        }
    }

    /// <summary>
    /// Gets the terms of the instrument's use, or <see langword="null"/> when not stated (a caller's instrument).
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>. The shipped instruments: PHQ-9, PHQ-8, PHQ-2, PHQ-A, GAD-7 and
    /// GAD-2 <see cref="InstrumentLicence.Free"/> (Pfizer, no permission needed); AUDIT and AUDIT-C
    /// <see cref="InstrumentLicence.PublicDomain"/> (WHO); PCL-5 <see cref="InstrumentLicence.PublicDomain"/>
    /// (US Department of Veterans Affairs, National Center for PTSD); ASQ <see cref="InstrumentLicence.Free"/> (NIMH toolkit).
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined licence.</exception>
    public InstrumentLicence? Licence
    {
        get => licence;
        init => licence = value is { } v ? Guard.Against.UndefinedMember(v, nameof(Licence)) : null;
    }

    /// <summary>Gets the code of the instrument's panel where one is verified (PHQ-9 44249-1, GAD-7 69737-5, AUDIT 72110-0, AUDIT-C 72109-2, PHQ-2 55757-9, PHQ-A 89206-7, PCL-5 101697-1), or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public CodedValue? PanelCode { get; init; }

    /// <summary>
    /// Gets the code of the total where one is verified (PHQ-9 44261-6, GAD-7 70274-6, AUDIT 75624-7, AUDIT-C
    /// 75626-2, PHQ-2 55758-7, PHQ-A 89204-2), or <see langword="null"/> (PHQ-8, GAD-2, PCL-5, ASQ: no total code
    /// verified for this library).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public CodedValue? TotalCode { get; init; }

    /// <summary>
    /// Gets what a score on this instrument reveals by itself, for 42 CFR Part 2 labelling (see
    /// <see cref="Part2Sensitivity"/>): <see cref="Sensitivity.SubstanceUseDisorder"/> for an instrument that
    /// assesses substance use (the AUDIT and AUDIT-C), <see cref="Sensitivity.General"/> otherwise.
    /// </summary>
    /// <value>
    /// The default value is <see cref="Sensitivity.General"/>; <see cref="Audit"/> and <see cref="AuditC"/> are
    /// <see cref="Sensitivity.SubstanceUseDisorder"/> (an alcohol-use screen; 42 CFR Part 2, 89 FR 12472).
    /// </value>
    /// <exception cref="ArgumentException">The value set is not a defined <see cref="Sensitivity"/>.</exception>
    public Sensitivity Sensitivity
    {
        get => sensitivity;
        init => sensitivity = Guard.Against.UndefinedMember(value, nameof(Sensitivity));
    }

    /// <summary>Gets a note on the instrument's licence and what of it is shipped, or <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">The value set is blank.</exception>
    public string? LicenceNote
    {
        get => licenceNote;
        init => licenceNote = value is null ? null : Guard.Against.Blank(value, nameof(LicenceNote));
    }

    /// <summary>The pre-built findings of every combination of safety concerns, unanswered safety items and proration.</summary>
    internal IReadOnlyList<Finding>[] FindingTable { get; private init; }

    /// <summary>The safety items, for allocation-free reading inside the library.</summary>
    internal SafetyItem[] SafetyItemArray { get; private init; } = [];

    /// <summary>The bits one packed answer takes: enough for 0 (missing) and 1 + the index of each accepted value.</summary>
    internal int AnswerBits { get; }

    /// <summary>Whether every item's answer fits in one 64-bit word, so a score keeps its answers without allocating.</summary>
    internal bool PacksAnswers { get; }

    /// <summary>The items, for allocation-free reading inside the library.</summary>
    internal ReadOnlySpan<InstrumentItem> ItemSpan => items;

    /// <summary>Compares two instruments by value.</summary>
    /// <param name="left">The first instrument.</param>
    /// <param name="right">The second instrument.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Instrument? left, Instrument? right) => Equals(left, right);

    /// <summary>Compares two instruments by value.</summary>
    /// <param name="left">The first instrument.</param>
    /// <param name="right">The second instrument.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Instrument? left, Instrument? right) => !Equals(left, right);

    /// <summary>Returns the band a total falls in.</summary>
    /// <param name="total">The total, in [<see cref="MinimumTotal"/>, <see cref="MaximumTotal"/>].</param>
    /// <returns>The band, or <see langword="null"/> when the instrument has no bands.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is outside the instrument's range.</exception>
    public ScoreBand? BandOf(int total)
    {
        Guard.Against.OutsideRange(total, MinimumTotal, MaximumTotal);
        foreach (var band in bands)
        {
            if (total <= band.Maximum)
            {
                return band;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Instrument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name
                && Version == other.Version
                && EffectiveFrom == other.EffectiveFrom
                && EffectiveTo == other.EffectiveTo
                && items.SequenceEqual(other.items)
                && bands.SequenceEqual(other.bands)
                && PositiveScreenAtOrAbove == other.PositiveScreenAtOrAbove
                && Equals(CarriedItem, other.CarriedItem)
                && SafetyItems.SequenceEqual(other.SafetyItems)
                && PanelCode == other.PanelCode
                && TotalCode == other.TotalCode
                && LicenceNote == other.LicenceNote
                && Licence == other.Licence
                && ItemCodes.SequenceEqual(other.ItemCodes)
                && Sensitivity == other.Sensitivity
                && Sources.SequenceEqual(other.Sources)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Instrument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, EffectiveFrom, items.Length, MaximumTotal);

    /// <summary>Returns the instrument's name.</summary>
    /// <returns>For example <c>PHQ-9</c>.</returns>
    public override string ToString() => Name;

    private static InstrumentItem[] Repeat(InstrumentItem item, int count) => [.. Enumerable.Repeat(item, count)];

    private static void CheckBands(ScoreBand[] bands, int minimum, int maximum, string paramName)
    {
        if (bands.Length == 0)
        {
            return;
        }

        var ok = bands[0].Minimum == minimum && bands[^1].Maximum == maximum;
        for (var i = 1; ok && i < bands.Length; i++)
        {
            ok = bands[i].Minimum == bands[i - 1].Maximum + 1;
        }

        if (!ok)
        {
            throw new ArgumentException("Bands must be in increasing order, adjacent, and cover the instrument's whole range of totals.", paramName);
        }
    }
}
