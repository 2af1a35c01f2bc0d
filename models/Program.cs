using System.CommandLine;
using Analytics.Models.Households;

var root = new RootCommand("analytics-models: forecasts, what-if and at-risk households");
foreach (var command in HouseholdCommands.Create(Console.Out, Console.Error)) root.Subcommands.Add(command);
return root.Parse(args).Invoke();
