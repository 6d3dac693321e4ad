using Iop.Domain.Rules;
using NodaTime;

namespace Iop.Domain.Outcomes;

/// <summary>Judges change over time in one instrument over one episode (rules <c>OUT-BASELINE-WINDOW</c> to <c>OUT-NOT-ON-TRACK</c>).</summary>
public static class SymptomChanges
{
    private static readonly Finding NoBaseline = OutcomeRules.BaselineWindow.ToFinding(
        Severity.Information,
        "No score falls in the baseline window around admission: change cannot be measured for this episode.");

    private static readonly Finding NotOnTrack = OutcomeRules.NotOnTrack.ToFinding(
        Severity.Warning,
        "Not on track: after the configured number of weeks the score has improved by less than the configured share of the baseline. Review the treatment plan.");

    /// <summary>Evaluates the series of one episode against the criteria.</summary>
    /// <param name="series">The episode's scores for the criteria's instrument (a shipped one or the caller's own).</param>
    /// <param name="admission">The episode's admission date: the baseline window is centred on it.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The change, with findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or <paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException">The series is for a different instrument from the criteria (named <paramref name="criteria"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="admission"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public static SymptomChange Evaluate(MeasurementSeries series, LocalDate admission, ChangeCriteria criteria)
    {
        Guard.Against.UnsupportedDate(admission);
        Guard.Against.Null(series);
        Guard.Against.Null(criteria);
        if (series.Instrument != criteria.Instrument)
        {
            throw new ArgumentException("The criteria are for a different instrument from the series.", nameof(criteria));
        }

        var core = ChangeCore.Compute(series.Span, admission, criteria);
        // Findings are added in the canonical order (rule id): OUT-BASELINE-WINDOW before OUT-NOT-ON-TRACK.
        var findings = new List<Finding>(1);
        if (!core.HasBaseline)
        {
            findings.Add(NoBaseline);
        }

        if (core.NotOnTrack)
        {
            findings.Add(NotOnTrack);
        }

        return new SymptomChange(series.Instrument, series.Span, series.ScoreSpan, core, findings.AsReadOnly());
    }
}
