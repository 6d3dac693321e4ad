using Iop.Domain.Rules;

namespace Iop.Domain.Outcomes;

/// <summary>
/// Change in one instrument over one episode: baseline, latest and follow-up scores, change,
/// eligibility, response, remission, the reliable change index and the Jacobson–Truax category, the change
/// of each item where the series carries item answers, and findings (no baseline, not on track).
/// </summary>
/// <remarks>
/// <para>Made by <see cref="SymptomChanges.Evaluate"/>. Values that cannot be judged are
/// <see langword="null"/>: response and remission without an elevated baseline or a follow-up score;
/// the RCI without reliable-change criteria.</para>
/// <para>Equality compares every member, the findings element by element. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SymptomChange : IEvaluationResult, IEquatable<SymptomChange>
{
    private static readonly IReadOnlyList<ItemChange> NoItemChanges = Array.AsReadOnly(Array.Empty<ItemChange>());

    internal SymptomChange(Instrument instrument, ReadOnlySpan<Measurement> scores, ReadOnlySpan<InstrumentScore> itemScores, ChangeCore core, IReadOnlyList<Finding> findings)
    {
        ItemChanges = core.HasBaseline && itemScores.Length == scores.Length && !itemScores[core.BaselineIndex].IsTotalOnly && !itemScores[core.LatestIndex].IsTotalOnly
            ? ItemChangesOf(instrument, itemScores[core.BaselineIndex], itemScores[core.LatestIndex])
            : NoItemChanges;
        Instrument = instrument;
        Baseline = core.HasBaseline ? scores[core.BaselineIndex] : null;
        Latest = core.HasBaseline ? scores[core.LatestIndex] : null;
        FollowUp = core.HasFollowUp ? scores[core.FollowUpIndex] : null;
        IsEligible = core.Eligible;
        Response = core.Eligible && core.HasFollowUp ? core.Response : null;
        Remission = core.Eligible && core.HasFollowUp ? core.Remission : null;
        ReliableChangeIndex = double.IsNaN(core.Rci) ? null : core.Rci;
        Category = core.Category == 0 ? null : core.Category;
        IsNotOnTrack = core.NotOnTrack;
        Findings = findings;
    }

    private SymptomChange(
        Instrument instrument, Measurement? baseline, Measurement? latest, Measurement? followUp, IReadOnlyList<ItemChange> itemChanges, bool isEligible,
        bool? response, bool? remission, double? reliableChangeIndex, ChangeCategory? category, bool isNotOnTrack, IReadOnlyList<Finding> findings)
    {
        Instrument = instrument;
        Baseline = baseline;
        Latest = latest;
        FollowUp = followUp;
        ItemChanges = itemChanges;
        IsEligible = isEligible;
        Response = response;
        Remission = remission;
        ReliableChangeIndex = reliableChangeIndex;
        Category = category;
        IsNotOnTrack = isNotOnTrack;
        Findings = findings;
    }

    /// <summary>
    /// The record of a change already evaluated, read back from storage (decision 0073): its public parts as
    /// written, checked for what can be checked (nulls, finite numbers, a latest score only with a baseline), never
    /// evaluated again.
    /// </summary>
    internal static SymptomChange FromRecord(
        Instrument instrument, Measurement? baseline, Measurement? latest, Measurement? followUp, IReadOnlyList<ItemChange> itemChanges, bool isEligible,
        bool? response, bool? remission, double? reliableChangeIndex, ChangeCategory? category, bool isNotOnTrack, IReadOnlyList<Finding> findings)
    {
        Guard.Against.Null(instrument);
        if ((baseline is null) != (latest is null))
        {
            throw new ArgumentException("A baseline and a latest score come together.", nameof(latest));
        }

        if (reliableChangeIndex is { } rci)
        {
            Guard.Against.NotFinite(rci, nameof(reliableChangeIndex));
        }

        if (category is { } c)
        {
            Guard.Against.UndefinedMember(c, nameof(category));
        }

        return new(
            instrument, baseline, latest, followUp, Guard.Against.NullElements(itemChanges), isEligible, response, remission, reliableChangeIndex,
            category, isNotOnTrack, Guard.Against.NullElements(findings));
    }

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the baseline: the score nearest admission within the baseline window, or <see langword="null"/>.</summary>
    public Measurement? Baseline { get; }

    /// <summary>Gets the latest score of the series (the baseline itself when there is no later one), or <see langword="null"/> without a baseline.</summary>
    public Measurement? Latest { get; }

    /// <summary>Gets the follow-up score that response, remission and the RCI are judged on: the latest one in the follow-up window, or <see langword="null"/>.</summary>
    public Measurement? FollowUp { get; }

    /// <summary>Gets the change from baseline to latest (negative = fewer symptoms), or <see langword="null"/> without a baseline.</summary>
    public int? Change => Latest is { } latest && Baseline is { } baseline ? latest.Score - baseline.Score : null;

    /// <summary>
    /// Gets the change of each scored item from the baseline administration to the latest one, in item order, when
    /// the series carries item answers (<see cref="MeasurementSeries.FromAdministrations"/>) and neither of the two
    /// scores came from a total alone; otherwise empty.
    /// </summary>
    public IReadOnlyList<ItemChange> ItemChanges { get; }

    /// <summary>Gets a value indicating whether the baseline is elevated (above the eligibility threshold).</summary>
    public bool IsEligible { get; }

    /// <summary>Gets whether the follow-up score fell by at least the response share, or <see langword="null"/> when not eligible or without follow-up.</summary>
    public bool? Response { get; }

    /// <summary>Gets whether the follow-up score is below the remission threshold, or <see langword="null"/> when not eligible or without follow-up.</summary>
    public bool? Remission { get; }

    /// <summary>Gets the Jacobson–Truax reliable change index from baseline to follow-up, or <see langword="null"/>.</summary>
    public double? ReliableChangeIndex { get; }

    /// <summary>Gets the Jacobson–Truax category, or <see langword="null"/> when the RCI was not computed.</summary>
    public ChangeCategory? Category { get; }

    /// <summary>Gets a value indicating whether the not-on-track check fired (see <see cref="ChangeCriteria.NotOnTrackAfterWeeks"/>).</summary>
    public bool IsNotOnTrack { get; }

    /// <summary>Gets the findings: <c>OUT-BASELINE-WINDOW</c> without a baseline, <c>OUT-NOT-ON-TRACK</c> when the check fired.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding is an Error (never, for change over time).</summary>
    public bool HasErrors => FindingLists.HasErrors(Findings);

    /// <summary>Compares two changes by value.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SymptomChange? left, SymptomChange? right) => Equals(left, right);

    /// <summary>Compares two changes by value.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SymptomChange? left, SymptomChange? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(SymptomChange? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Instrument == other.Instrument
                && Baseline == other.Baseline
                && Latest == other.Latest
                && FollowUp == other.FollowUp
                && IsEligible == other.IsEligible
                && Response == other.Response
                && Remission == other.Remission
                && Nullable.Equals(ReliableChangeIndex, other.ReliableChangeIndex)
                && Category == other.Category
                && IsNotOnTrack == other.IsNotOnTrack
                && ItemChanges.SequenceEqual(other.ItemChanges)
                && Findings.SequenceEqual(other.Findings)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SymptomChange);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Instrument);
        hash.Add(Baseline);
        hash.Add(Latest);
        hash.Add(FollowUp);
        hash.Add(Response);
        hash.Add(Remission);
        hash.Add(ReliableChangeIndex);
        hash.Add(Category);
        hash.Add(IsNotOnTrack);
        foreach (var item in ItemChanges)
        {
            hash.Add(item);
        }

        foreach (var finding in Findings)
        {
            hash.Add(finding);
        }

        return hash.ToHashCode();
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<ItemChange> ItemChangesOf(Instrument instrument, InstrumentScore baseline, InstrumentScore latest)
    {
        var changes = new ItemChange[instrument.ItemCount];
        for (var number = 1; number <= changes.Length; number++)
        {
            changes[number - 1] = new ItemChange(number, baseline.AnswerOf(number), latest.AnswerOf(number));
        }

        return Array.AsReadOnly(changes);
    }

    /// <summary>Summarises the change without dates, for example <c>PHQ-9 change 18 → 6 (response, remission)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        if (Baseline is not { } baseline)
        {
            return $"{Instrument.Name} change: no baseline";
        }

        var tags = new List<string>();
        if (Response == true)
        {
            tags.Add("response");
        }

        if (Remission == true)
        {
            tags.Add("remission");
        }

        if (Category is { } category)
        {
            tags.Add(category.ToString().ToLowerInvariant());
        }

        var follow = FollowUp is { } f ? f.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no follow-up";
        return $"{Instrument.Name} change {baseline.Score} → {follow}{(tags.Count > 0 ? " (" + string.Join(", ", tags) + ")" : string.Empty)}";
    }
}
