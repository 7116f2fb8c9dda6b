using System.Text.Json;

namespace Provenance.Cli.Tests;

public class EvalCommandTests
{
    [Fact]
    public async Task Missing_folders_are_reported_and_exit_zero()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("eval", "--corpus", temp.Combine("nope"), "--gold", temp.Combine("gold"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no corpus folder", run.Error);
    }

    [Fact]
    public async Task Scores_blocks_and_marks_layers_the_pipeline_does_not_produce()
    {
        using var temp = new TempFolder();
        const string text = "Talks resumed on Monday.\nI doubt they will last.";
        temp.File("corpus/doc-a.json", JsonSerializer.Serialize(new { id = "doc-a", url = (string?)null, outlet = "Example", published = "2025-05-05", kind = "commentary", cluster = (string?)null, text }));
        temp.File("gold/doc-a.json", JsonSerializer.Serialize(new
        {
            id = "doc-a",
            reference_date = "2025-05-05",
            layers = new
            {
                blocks = new object[]
                {
                    new { start = 0, end = 24, text = "Talks resumed on Monday.", voice = "author", source = (string?)null },
                    new { start = 25, end = 48, text = "I doubt they will last.", voice = "author", source = (string?)null },
                },
                forecasts = Array.Empty<object>(),
            },
        }));

        var run = await CliRun.InvokeAsync("eval", "--corpus", temp.Combine("corpus"), "--gold", temp.Combine("gold"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(1.0, total.GetProperty("blocks").GetProperty("voice").GetProperty("f1").GetDouble());
        Assert.Contains("forecasts", json.RootElement.GetProperty("not_produced").GetProperty("doc-a").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_gold_file_without_its_corpus_document_is_a_listed_problem()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("corpus"));
        temp.File("gold/lonely.json", """{"id": "lonely", "reference_date": null, "layers": {"blocks": []}}""");

        var run = await CliRun.InvokeAsync("eval", "--corpus", temp.Combine("corpus"), "--gold", temp.Combine("gold"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lonely", run.Output);
        Assert.Contains("no corpus document", run.Output);
    }

    [Fact]
    public async Task Gold_spans_that_do_not_fit_the_corpus_text_are_reported()
    {
        using var temp = new TempFolder();
        temp.File("corpus/doc-b.json", """{"id": "doc-b", "published": "2025-05-05", "text": "Short text."}""");
        temp.File("gold/doc-b.json", """{"id": "doc-b", "reference_date": "2025-05-05", "layers": {"blocks": [{"start": 0, "end": 11, "text": "Other words", "voice": "author", "source": null}]}}""");

        var run = await CliRun.InvokeAsync("eval", "--corpus", temp.Combine("corpus"), "--gold", temp.Combine("gold"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 gold span(s) do not match the corpus text", run.Output);
        Assert.Contains("Other words", run.Output);
    }

    [Theory]
    [InlineData(false, "no model file")]
    [InlineData(true, "model.bin: ")]
    public async Task Polnear_with_a_model_that_cannot_be_read_stops_instead_of_scoring_the_rules(bool exists, string message)
    {
        using var temp = new TempFolder();
        temp.File("polnear/text/a1.txt", "The minister said the port would reopen.");
        temp.File("polnear/attributions/a1_x.ann", "");
        var model = exists ? temp.File("model.bin", "this is not a model") : temp.Combine("missing.bin");

        var run = await CliRun.InvokeAsync("eval", "polnear", "--dir", temp.Combine("polnear"), "--model", model);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("scoring the rules alone", run.Error);
    }
}
