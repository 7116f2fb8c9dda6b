namespace Provenance.Cli.Tests;

public class OptionValidationTests
{
    [Theory]
    [InlineData("--max-chars", "0", "--max-chars must be at least 1.")]
    [InlineData("--workers", "0", "--workers must be at least 1.")]
    [InlineData("--workers", "100000", "--workers must be at most")]
    [InlineData("--published", "2025-02-30", "is not a date on the calendar")]
    [InlineData("--workers", "abc", "Cannot parse argument 'abc' for option '--workers'")]
    [InlineData("--max-chars", "1e6", "Cannot parse argument '1e6' for option '--max-chars'")]
    public async Task Bad_option_values_get_one_line_and_no_stack_trace(string option, string value, string message)
    {
        var run = await CliRun.InvokeAsync("analyze", "anything.txt", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'provenance analyze --help'", run.Error);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Out_naming_a_file_is_refused()
    {
        using var temp = new TempFolder();
        var file = temp.File("existing.txt", "Some text.");

        var run = await CliRun.InvokeAsync("analyze", file, "--out", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("is a file", run.Error);
    }

    [Fact]
    public async Task Two_documents_with_one_id_do_not_overwrite_each_other_in_out()
    {
        using var temp = new TempFolder();
        var file = temp.File("batch.jsonl", """
            {"id": "c1", "text": "The first text with this id."}
            {"id": "c1", "text": "A different text that claims the same id."}
            """);
        var outDir = temp.Combine("out");

        var run = await CliRun.InvokeAsync("analyze", file, "--out", outDir, "--workers", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(Directory.GetFiles(outDir));
        Assert.Contains("another document with the id 'c1'", run.Error);
        Assert.Contains("The first text", File.ReadAllText(Path.Combine(outDir, "c1.json")));
    }

    [Fact]
    public async Task Exclude_takes_comma_separated_layers_and_needs_json_output()
    {
        using var temp = new TempFolder();
        var file = temp.File("a.txt", "One paragraph.");

        var both = await CliRun.InvokeAsync("analyze", file, "--json", "--exclude", "tokens,sentences");
        var withoutJson = await CliRun.InvokeAsync("analyze", file, "--exclude", "tokens");

        Assert.Equal(0, both.ExitCode);
        Assert.DoesNotContain("\"tokens\"", both.Output);
        Assert.DoesNotContain("\"sentences\"", both.Output);
        Assert.Contains("add --json or --out", withoutJson.Error);
    }

    [Fact]
    public async Task An_empty_search_query_is_refused()
    {
        var run = await CliRun.InvokeAsync("search", "  ");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no words to search for", run.Error);
    }
}
