// A walk-through of Iop.Domain: one fictional person from assessment to discharge and into a cohort.
// Every step prints what a clinician or biller would read. Nothing here is real patient data.
using Iop.Domain.Samples;

var output = Console.Out;
ContinuumWalkthrough.Run(output);   // 1. the levels of care and their codes
PersonJourney.Run(output);          // 2-7. assessment, placement, matching, sessions, plan, transitions, outcomes
output.WriteLine();
output.WriteLine("Walk-through complete.");
return 0;
