namespace Provenance.Cli.Tests;

/// <summary>Runs <c>provenance</c> in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ProvenanceCli.RunAsync(args, CliEnvironment.Plain(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
