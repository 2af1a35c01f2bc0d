using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>Spectre.Console bound to the writer Program.cs hands in, so commands never touch System.Console.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
}
