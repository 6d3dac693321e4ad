// A walk-through of Iop.Domain for one fictional person, from the continuum of care onward.
// Every section prints what a clinician or biller would read. Nothing here is real patient data.
using Iop.Domain.Samples;

var output = Console.Out;

Action<TextWriter>[] sections =
[
    ContinuumWalkthrough.Run,      // 1. the levels of care and their codes
    PlacementWalkthrough.Run,      // 2. assessment → explained placement, override, transition reviews
    MatchingWalkthrough.Run,       // 3. which programme's evening IOP track fits the person
    IntensityWalkthrough.Run,      // 4. the IOP month: weekly hours, a short week, billing tiers
    TreatmentPlanWalkthrough.Run,  // 5. the plan at IOP, validated, fixed, and its review calendar
    OutcomesWalkthrough.Run,       // 6. the PHQ-9 course and a cohort report
];

foreach (var section in sections)
{
    section(output);
    output.WriteLine();
}

output.WriteLine("Walk-through complete.");
return 0;
