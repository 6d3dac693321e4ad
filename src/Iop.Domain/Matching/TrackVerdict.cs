namespace Iop.Domain.Matching;

/// <summary>
/// What the match records for one rejected track: its position among the programme's tracks and the
/// checks it missed (the engine's bit mask), eight bytes instead of a <see cref="TrackRejection"/> object;
/// an exclusion turns them into rejections, with their findings, only when they are read.
/// </summary>
internal readonly record struct TrackVerdict(int TrackIndex, int Checks)
{
    /// <summary>Returns the rejections the verdicts stand for, each with its track and the programme's id as subject.</summary>
    public static IReadOnlyList<TrackRejection> ToRejections(ReadOnlySpan<TrackVerdict> verdicts, ProgrammeProfile programme, MatchFindings templates)
    {
        if (verdicts.IsEmpty)
        {
            return System.Collections.ObjectModel.ReadOnlyCollection<TrackRejection>.Empty;
        }

        var rejections = new TrackRejection[verdicts.Length];
        for (var i = 0; i < rejections.Length; i++)
        {
            var verdict = verdicts[i];
            rejections[i] = new TrackRejection(verdict.TrackIndex, programme.Tracks[verdict.TrackIndex], verdict.Checks, programme.Id, templates);
        }

        return Array.AsReadOnly(rejections);
    }
}
