namespace Iop.Domain.Rules;

/// <summary>What part of the input a <see cref="FindingSubject"/> points at. <c>0</c> is not a member.</summary>
public enum SubjectKind
{
    /// <summary>A week of service: <see cref="FindingSubject.Period"/> is the week's dates.</summary>
    Week = 1,

    /// <summary>One date of service: <see cref="FindingSubject.Period"/> is that single day.</summary>
    Day = 2,

    /// <summary>A span of dates such as a claim's service dates, an episode or an authorization period.</summary>
    Period = 3,

    /// <summary>A problem of a treatment plan: <see cref="FindingSubject.Id"/> is the caller's id of it.</summary>
    Problem = 4,

    /// <summary>A goal of a treatment plan: <see cref="FindingSubject.Id"/> is the caller's id of it.</summary>
    Goal = 5,

    /// <summary>An objective of a treatment plan: <see cref="FindingSubject.Id"/> is the caller's id of it.</summary>
    Objective = 6,

    /// <summary>An intervention of a treatment plan: <see cref="FindingSubject.Id"/> is the caller's id of it.</summary>
    Intervention = 7,

    /// <summary>A programme being matched: <see cref="FindingSubject.Id"/> is the caller's programme key.</summary>
    Programme = 8,

    /// <summary>A schedule track of a programme: <see cref="FindingSubject.Id"/> is the programme key.</summary>
    ScheduleTrack = 9,

    /// <summary>A figure of a published report (a count, a rate, an estimate): <see cref="FindingSubject.Id"/> is the figure's name, for example <c>DischargedEpisodes</c>.</summary>
    Cell = 10,
}
