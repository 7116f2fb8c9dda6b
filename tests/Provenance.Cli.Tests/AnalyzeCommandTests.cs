using System.Text.Json;

namespace Provenance.Cli.Tests;

public class AnalyzeCommandTests
{
    private const string Commentary = """
        {"id": "blog-1", "url": "https://example.org/p/1", "outlet": "Example Blog", "published": "2025-11-19",
         "kind": "commentary", "cluster": null,
         "text": "Here is the latest from the wires:\nOfficials in the U.S. said on Oct. 24 that talks would resume. They gave no date.\n\nWow. Just wow."}
        """;

    [Fact]
    public async Task Json_output_has_one_block_per_nonempty_line_and_tokens_that_reproduce_the_text()
    {
        using var temp = new TempFolder();
        var file = temp.File("blog-1.json", Commentary);

        var run = await CliRun.InvokeAsync("analyze", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("blog-1", root.GetProperty("id").GetString());
        Assert.Equal("Example Blog", root.GetProperty("metadata").GetProperty("outlet").GetString());
        var text = root.GetProperty("text").GetString()!;
        var layers = root.GetProperty("layers");
        Assert.Equal(3, layers.GetProperty("blocks").GetArrayLength());
        Assert.Equal(
            ["Here is the latest from the wires:", "Officials in the U.S. said on Oct. 24 that talks would resume.", "They gave no date.", "Wow.", "Just wow."],
            layers.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        foreach (var token in layers.GetProperty("tokens").EnumerateArray())
        {
            var start = token.GetProperty("start").GetInt32();
            var end = token.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], token.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Out_writes_one_file_per_document_named_by_its_id()
    {
        using var temp = new TempFolder();
        var file = temp.File("in/blog-1.json", Commentary);
        var outDir = temp.Combine("out");

        var run = await CliRun.InvokeAsync("analyze", file, "--out", outDir, "--exclude", "tokens");

        Assert.Equal(0, run.ExitCode);
        var written = Assert.Single(Directory.GetFiles(outDir));
        Assert.Equal("blog-1.json", Path.GetFileName(written));
        using var json = JsonDocument.Parse(File.ReadAllText(written));
        Assert.False(json.RootElement.GetProperty("layers").TryGetProperty("tokens", out _));
    }

    [Fact]
    public async Task Summary_shows_paragraphs_with_their_voice()
    {
        using var temp = new TempFolder();
        var file = temp.File("blog-1.json", Commentary);

        var run = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("blog-1", run.Output);
        Assert.Contains("author", run.Output);
        Assert.Contains("Wow. Just wow.", run.Output);
    }

    [Fact]
    public async Task A_bad_file_is_listed_and_the_others_still_go_through()
    {
        using var temp = new TempFolder();
        temp.File("docs/good.txt", "A paragraph of plain text.\nAnother one.");
        temp.File("docs/broken.json", "{\"id\": \"x\", \"text\": ");
        File.WriteAllBytes(temp.Combine("docs/latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]);

        var run = await CliRun.InvokeAsync("analyze", temp.Combine("docs"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 inputs failed", run.Error);
        Assert.Contains("broken.json", run.Error);
        Assert.Contains("latin1.txt", run.Error);
    }

    [Fact]
    public async Task Overrides_replace_the_outlet_and_date()
    {
        using var temp = new TempFolder();
        var file = temp.File("blog-1.json", Commentary);

        var run = await CliRun.InvokeAsync("analyze", file, "--json", "--outlet", "Override Weekly", "--published", "2024-01-02");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Override Weekly", json.RootElement.GetProperty("metadata").GetProperty("outlet").GetString());
        Assert.Equal("2024-01-02", json.RootElement.GetProperty("reference_date").GetString());
    }

    [Fact]
    public async Task A_malformed_date_override_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("analyze", "x.txt", "--published", "19/11/2025");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error);
    }

    [Fact]
    public async Task Every_example_is_analysed_without_failures()
    {
        var run = await CliRun.InvokeAsync("analyze", RepositoryFiles.Examples, "--json", "--exclude", "tokens");

        Assert.True(run.ExitCode == 0, run.Error);
        var ids = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString())
            .ToList();
        Assert.Contains("example-commentary-harbour-talks", ids);
        Assert.Contains("example-analysis-grain-corridor", ids);
        // Four more: the HTML page, two Telegram messages, two feed items.
        Assert.True(ids.Count >= 7, $"expected at least 7 documents, got {ids.Count}");
    }

    [Fact]
    public async Task Files_in_folders_that_no_reader_handles_are_skipped_and_counted()
    {
        using var temp = new TempFolder();
        temp.File("site/article.txt", "A paragraph worth reading.");
        temp.File("site/style.css", "p { color: red; }");

        var run = await CliRun.InvokeAsync("analyze", temp.Combine("site"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Skipped 1 file in folders", run.Error);
    }
}
