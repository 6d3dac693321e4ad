// A walk-through of Iop.Domain for one fictional person, from the continuum of care onward.
// Every section prints what a clinician or biller would read. Nothing here is real patient data.
using Iop.Domain.Samples;

var output = Console.Out;

ContinuumWalkthrough.Run(output);
PlacementWalkthrough.Run(output);
MatchingWalkthrough.Run(output);
IntensityWalkthrough.Run(output);
TreatmentPlanWalkthrough.Run(output);
OutcomesWalkthrough.Run(output);

output.WriteLine();
output.WriteLine("Walk-through complete.");
return 0;
