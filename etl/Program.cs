using System.CommandLine;
using Analytics.Etl.Commands;

var root = new RootCommand("analytics-etl: extract statistics from civil-affairs reports and load the warehouse")
{
    ExtractCommand.Create(Console.Out, Console.Error),
    LoadCommand.Create(Console.Out, Console.Error),
    CheckCommand.Create(Console.Out, Console.Error),
    ExportCommand.Create(Console.Out, Console.Error),
    ReviewCommand.Create(Console.Out, Console.Error),
    DemoCommand.Create(Console.Out, Console.Error),
};
return root.Parse(args).Invoke();
