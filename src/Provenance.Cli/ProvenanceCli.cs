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
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await Create(environment).Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}
