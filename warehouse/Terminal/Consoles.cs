using Spectre.Console;

namespace Analytics.Terminal;

/// <summary>
/// The one Spectre.Console factory of the three command lines (etl, models, the web's report):
/// a console bound to the writer Program.cs hands in, so that commands never touch System.Console.
/// </summary>
public static class Consoles
{
    /// <summary>Redirected output defaults to 80 columns, which wraps a table's explanation column mid-phrase.</summary>
    public const int TableWidth = 160;

    /// <summary>A console writing to <paramref name="writer"/>, at least <paramref name="minWidth"/> columns wide.</summary>
    public static IAnsiConsole For(TextWriter writer, int minWidth = 0)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = Math.Max(console.Profile.Width, minWidth);
        return console;
    }
}
