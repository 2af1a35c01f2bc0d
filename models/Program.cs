using System.CommandLine;
using Analytics.Models.Commands;

// One line per command; each command is built by its own small factory.
var root = new RootCommand("analytics-models: demand forecasts with backtests, and planners' what-if scenarios")
{
    BacktestCommand.Create(Console.Out, Console.Error),
    ForecastCommand.Create(Console.Out, Console.Error),
    WhatIfCommand.Create(Console.Out, Console.Error),
};
return root.Parse(args).Invoke();
