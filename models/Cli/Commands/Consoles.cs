using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>Spectre.Console bound to the writer Program.cs hands in, so commands never touch System.Console.</summary>
public static class Consoles
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        // Redirected output defaults to 80 columns, which wraps the explanation column mid-phrase.
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        return console;
    }
}
