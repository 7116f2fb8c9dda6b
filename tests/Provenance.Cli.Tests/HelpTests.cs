namespace Provenance.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("show")]
    [InlineData("eval")]
    [InlineData("bench")]
    [InlineData("quotes")]
    [InlineData("entities")]
    [InlineData("citations")]
    public async Task Every_command_has_help_text(string command)
    {
        var run = await CliRun.InvokeAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains(command, run.Output);
        Assert.Contains("Description:", run.Output);
    }
}
