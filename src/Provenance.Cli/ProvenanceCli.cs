using System.CommandLine;
using Provenance.Cli.Commands;

namespace Provenance.Cli;

/// <summary>The <c>provenance</c> command tree. Each command lives in its own class under <c>Commands/</c>.</summary>
internal static class ProvenanceCli
{
    public static RootCommand Create(CliEnvironment environment)
    {
        var root = new RootCommand(
            "Provenance: finds whose voice each paragraph is, who said what, the people, places, dates, citations and forecasts in news and commentary.")
        {
            AnalyzeCommand.Create(environment),
            IngestCommand.Create(environment),
            SearchCommand.Create(environment),
            ShowCommand.Create(environment),
            QuotesCommand.Create(environment),
            EntitiesCommand.Create(environment),
            CitationsCommand.Create(environment),
            EvalCommand.Create(environment),
            BenchCommand.Create(environment),
            TrainCommand.Create(environment),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        var parse = Create(environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            // A wrong command line is a usage error (exit 2): say what is wrong and where help is, without
            // burying the message under the whole help text.
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"provenance: {error.Message}");
            }

            var path = CommandPath(parse);
            environment.Error.WriteLine($"Run 'provenance {(path.Length > 0 ? path + " " : "")}--help' for the commands and options.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>"eval tempeval" for a parse that reached that subcommand, without the root's name.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
