using Iop.Domain.Coding;
using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// The scored result of one administration of an <see cref="Outcomes.Instrument"/>: the total, its band,
/// the positive-screen flag, how the total was obtained (items, prorated items or a total alone), the
/// carried item (the PHQ-9 difficulty item, the ASQ acuity question), each item's answer, and the findings
/// (safety items above all).
/// </summary>
/// <remarks>
/// <para>Made by <see cref="Instruments.Score"/>, <see cref="Instruments.TryScore"/> or
/// <see cref="Instruments.ScoreTotal"/>; scoring allocates nothing (this is a value type and the findings
/// are lists pre-built by the instrument).</para>
/// <para>For a FHIR Observation use <see cref="Code"/> (LOINC, where verified), <see cref="Instruments.ObservationUnit"/>
/// (<c>{score}</c>) and <see cref="Instruments.ObservationCategory"/> (<c>survey</c>).</para>
/// <para>Equality compares every stored value, the policy and sex included (the findings follow from them). The <see langword="default"/>
/// value is "not scored": its <see cref="Instrument"/> is <see langword="null"/>, its band, screen and code are
/// <see langword="null"/> and it has no findings; no member throws. The library never returns it. This type is
/// an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct InstrumentScore : IEvaluationResult
{
    private static readonly IReadOnlyList<Finding> NoFindings = Array.AsReadOnly(Array.Empty<Finding>());

    private readonly byte concerns;
    private readonly byte unanswered;
    private readonly ItemAnswers answers;

    internal InstrumentScore(Instrument instrument, int total, bool? positiveScreen, int answeredItems, bool isProrated, int concerns, int unanswered, int? carriedAnswer, ItemAnswers answers, ScoringPolicy policy, Sex? sex)
    {
        Policy = policy;
        Sex = sex;
        this.answers = answers;
        Instrument = instrument;
        Total = total;
        PositiveScreen = positiveScreen;
        AnsweredItems = answeredItems;
        IsProrated = isProrated;
        this.concerns = (byte)concerns;
        this.unanswered = (byte)unanswered;
        CarriedAnswer = carriedAnswer;
    }

    /// <summary>
    /// The record of a score already made, read back from storage (decision 0073): its public parts as written,
    /// checked for what can be checked (the total and answers against the instrument, the findings against those
    /// the instrument can raise), never scored again.
    /// </summary>
    internal static InstrumentScore FromRecord(
        Instrument instrument, ScoringPolicy policy, Sex? sex, int total, bool? positiveScreen, int answeredItems, bool isProrated,
        int? carriedAnswer, IReadOnlyList<int?> itemAnswers, IReadOnlyList<Finding> findings)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(policy);
        if (sex is { } given)
        {
            Guard.Against.UndefinedMember(given, nameof(sex));
        }

        Guard.Against.OutsideRange(total, instrument.MinimumTotal, instrument.MaximumTotal);
        Guard.Against.OutsideRange(answeredItems, 0, instrument.ItemCount);
        Guard.Against.Null(itemAnswers);
        Guard.Against.Null(findings);
        if (itemAnswers.Count != (answeredItems == 0 ? 0 : instrument.ItemCount) || itemAnswers.Count(a => a is not null) != answeredItems)
        {
            throw new ArgumentException("The item answers must be one per item (none for a total alone), as many given as the answered items.", nameof(itemAnswers));
        }

        var answers = new ItemAnswers(instrument);
        for (var i = 0; i < itemAnswers.Count; i++)
        {
            if (itemAnswers[i] is not { } answer)
            {
                continue;
            }

            if (!instrument.ItemSpan[i].AllowedValues.Contains(answer))
            {
                throw new ArgumentOutOfRangeException(nameof(itemAnswers), "Every answer must be a value its item allows.");
            }

            answers.Set(instrument, i, answer);
        }

        // The findings follow from which safety items were concerns or unanswered and from prorating: find that state.
        var safetyItems = instrument.SafetyItemArray.Length;
        var mask = (1 << safetyItems) - 1;
        for (var index = 0; index < instrument.FindingTable.Length; index++)
        {
            if ((index >> (2 * safetyItems) != 0) == isProrated && instrument.FindingTable[index].SequenceEqual(findings))
            {
                return new(instrument, total, positiveScreen, answeredItems, isProrated, index & mask, (index >> safetyItems) & mask, carriedAnswer, answers, policy, sex);
            }
        }

        throw new ArgumentException("The findings must be those the instrument raises for its safety items and prorating.", nameof(findings));
    }

    /// <summary>Gets the instrument; <see langword="null"/> only in the <see langword="default"/> value.</summary>
    public Instrument Instrument { get; }

    /// <summary>
    /// Gets the scoring policy the score was made under (its missing-item rule and cut-offs decided
    /// <see cref="IsProrated"/> and <see cref="PositiveScreen"/>); <see langword="null"/> only in the
    /// <see langword="default"/> value. With <see cref="Sex"/> and the answers it is what the score can be made again from.
    /// </summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets the sex given when scoring (for a screen that depends on it, the AUDIT-C), or <see langword="null"/> when none was given.</summary>
    public Sex? Sex { get; }

    /// <summary>Gets the total score, in [<see cref="Instrument.MinimumTotal"/>, <see cref="Instrument.MaximumTotal"/>].</summary>
    public int Total { get; }

    /// <summary>Gets the band of the total, or <see langword="null"/> when the instrument has no bands (AUDIT-C).</summary>
    public ScoreBand? Band => Instrument?.BandOf(Total);

    /// <summary>
    /// Gets whether the total is a positive screen (at the instrument's cut-off, or at the policy's cut-off for
    /// the person's sex), or <see langword="null"/> when no cut-off applies: the instrument has none, or its
    /// cut-off depends on sex and no sex was given.
    /// </summary>
    public bool? PositiveScreen { get; }

    /// <summary>Gets how many items were answered; 0 when only a total was supplied.</summary>
    public int AnsweredItems { get; }

    /// <summary>Gets a value indicating whether the score came from a total alone, without items.</summary>
    public bool IsTotalOnly => AnsweredItems == 0;

    /// <summary>Gets a value indicating whether the total was prorated from fewer items than the instrument has.</summary>
    public bool IsProrated { get; }

    /// <summary>Gets a value indicating whether a safety item (PHQ-9 or PHQ-A item 9, an ASQ question) is at or above its concern threshold, whatever the total (<c>OUT-PHQ9-ITEM9</c>, <c>OUT-PHQA-ITEM9</c>, <c>OUT-ASQ-POSITIVE</c>, <c>OUT-ASQ-ACUTE</c>).</summary>
    public bool SafetyConcern => concerns != 0;

    /// <summary>Gets a value indicating whether a safety item was left unanswered (the screen was not done).</summary>
    public bool SafetyItemUnanswered => unanswered != 0;

    /// <summary>Gets the carried item's answer (the PHQ-9 difficulty item, 0–3), never summed, or <see langword="null"/> when not given.</summary>
    public int? CarriedAnswer { get; }

    /// <summary>
    /// Gets each scored item's answer in item order, <see langword="null"/> where the item was missing
    /// (<see cref="Instruments.TryScore"/>); empty when the score came from a total alone or is the
    /// <see langword="default"/> value. Reading it allocates a new list; <see cref="AnswerOf"/> does not.
    /// </summary>
    public IReadOnlyList<int?> ItemAnswers
    {
        get
        {
            if (Instrument is not { } instrument || IsTotalOnly)
            {
                return Array.Empty<int?>();
            }

            var list = new int?[instrument.ItemCount];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = answers.Get(instrument, i);
            }

            return Array.AsReadOnly(list);
        }
    }

    /// <summary>Returns the answer given to one scored item.</summary>
    /// <param name="number">The item's 1-based number, in [1, <see cref="Instrument.ItemCount"/>].</param>
    /// <returns>
    /// The answer, or <see langword="null"/> when the item was missing, the score came from a total alone, or
    /// this is the <see langword="default"/> value (which accepts any number). Allocates nothing.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside [1, item count].</exception>
    public int? AnswerOf(int number)
    {
        if (Instrument is not { } instrument)
        {
            return null;
        }

        if (number < 1 || number > instrument.ItemCount)
        {
            // Checked by hand: the guard clause builds its range message before it knows whether it throws.
            throw new ArgumentOutOfRangeException(nameof(number), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Value must be in the range [1, {instrument.ItemCount}]."));
        }

        return IsTotalOnly ? null : answers.Get(instrument, number - 1);
    }

    /// <summary>Gets the code of the total, or <see langword="null"/> where none is verified (PHQ-8, GAD-2, PCL-5, ASQ).</summary>
    public CodedValue? Code => Instrument?.TotalCode;

    /// <summary>Gets what the score reveals for 42 CFR Part 2 labelling: the higher of its instrument's <see cref="Instrument.Sensitivity"/> and its findings'.</summary>
    /// <value>Computed; <see cref="Sensitivity.General"/> for a <see langword="default"/> score.</value>
    public Sensitivity Sensitivity => Instrument is { } instrument
        ? Part2Sensitivity.Max(instrument.Sensitivity, Part2Sensitivity.Of(this))
        : Sensitivity.General;

    /// <summary>
    /// Gets the findings: a safety item's rule (<c>OUT-PHQ9-ITEM9</c>) as an Error when it is a concern and as a
    /// Warning when it was left unanswered, and <c>OUT-PHQ9-PRORATE</c> when the total was prorated; in the
    /// canonical order. Empty otherwise. Reading it allocates nothing.
    /// </summary>
    public IReadOnlyList<Finding> Findings => Instrument is { } instrument
        ? instrument.FindingTable[ScoreFindings.Index(instrument.SafetyItemArray.Length, concerns, unanswered, IsProrated)]
        : NoFindings;

    /// <summary>Gets a value indicating whether any finding is an Error (a safety concern).</summary>
    public bool HasErrors => SafetyConcern;

    /// <summary>Formats the score without caller data, for example <c>PHQ-9 12 (Moderate)</c>.</summary>
    /// <returns>The instrument, total and band.</returns>
    public override string ToString()
    {
        if (Instrument is not { } instrument)
        {
            return "Not scored";
        }

        var detail = Band is { } band ? $" ({band.Name})" : string.Empty;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{instrument.Name} {Total}{detail}{(IsProrated ? ", prorated" : string.Empty)}");
    }
}
