using System.CommandLine;
using Analytics.Models.Commands;
using Analytics.Models.Households;

// One line per command; each command is built by its own small factory.
var root = new RootCommand("analytics-models: demand forecasts with backtests, planners' what-if scenarios and at-risk households")
{
    BacktestCommand.Create(Console.Out, Console.Error),
    ForecastCommand.Create(Console.Out, Console.Error),
    WhatIfCommand.Create(Console.Out, Console.Error),
};
foreach (var command in HouseholdCommands.Create(Console.Out, Console.Error))
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();
