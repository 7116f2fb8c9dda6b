using Spectre.Console;

namespace Provenance.Cli;

/// <summary>
/// Where a command writes: <see cref="Console"/> for human-readable output (tables, colours, progress),
/// <see cref="Out"/> for machine-readable output (JSON) that must not be decorated, <see cref="Error"/>
/// for failures. Tests pass writers of their own.
/// </summary>
internal sealed record CliEnvironment(IAnsiConsole Console, TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliEnvironment FromSystemConsole()
    {
        var interactive = !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected;
        if (System.Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal; logs and CI read wide tables better unwrapped.
            AnsiConsole.Console.Profile.Width = 160;
        }

        return new CliEnvironment(AnsiConsole.Console, System.Console.Out, System.Console.Error, interactive);
    }

    /// <summary>A plain environment writing to <paramref name="output"/> and <paramref name="error"/>, without colours or progress.</summary>
    public static CliEnvironment Plain(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400; // wide enough that tests never see a message wrapped
        return new CliEnvironment(console, output, error, IsInteractive: false);
    }
}
