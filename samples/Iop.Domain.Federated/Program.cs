// Three fictional clinics summarise their episodes locally, send only JSON summaries, and the network merges
// them and prints a report under CMS cell-size suppression. The sample checks that the network's figures equal
// one pass over every episode, and exits with 1 when they do not.
using Iop.Domain.Federated;

var result = FederatedNetwork.Run(Console.Out);
return result.MatchesOnePass ? 0 : 1;
