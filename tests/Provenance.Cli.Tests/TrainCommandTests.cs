using Provenance.Cli.Commands;
using Provenance.Entities;

namespace Provenance.Cli.Tests;

/// <summary>`train entities` with word clusters, and the reader of unlabelled text it learns them from; all on invented files.</summary>
public class TrainCommandTests
{
    private const string Conll = """
        -DOCSTART- -X- -X- O

        Marta NNP B-NP B-PER
        Vask NNP I-NP I-PER
        visited VBD B-VP O
        Kelmora NNP B-NP B-LOC
        . . O O

        Orlin NNP B-NP B-PER
        Daskov NNP I-NP I-PER
        left VBD B-VP O
        Tarnholm NNP B-NP B-LOC
        . . O O

        """;

    [Fact]
    public void Unlabelled_text_is_read_from_text_tables_json_timeml_and_conll_files()
    {
        using var folder = new TempFolder();
        folder.File("a/article.txt", "The minister spoke in Kelmora. She left on Monday.");
        folder.File("b/debate.tsv", "1\tMODERATOR\tGood evening from the hall in Tarnholm.\t0");
        folder.File("c/claims.json", """[{"id": 3, "text": "We cut the deficit by half."}]""");
        folder.File("d/news.tml", "<TimeML><TEXT>Talks resumed <TIMEX3 tid=\"t1\">today</TIMEX3> in Vardo.</TEXT></TimeML>");
        folder.File("e/train.txt", Conll);
        folder.File("f/notes.ann", "T1\tSource 0 5\tThe");

        var sentences = UnlabelledTextReader.ReadSentences([folder.Path], null, CancellationToken.None).Select(s => string.Join(' ', s)).ToList();

        Assert.Contains("The minister spoke in Kelmora .", sentences);
        Assert.Contains("Good evening from the hall in Tarnholm .", sentences);
        Assert.Contains("We cut the deficit by half .", sentences);
        Assert.Contains("Talks resumed today in Vardo .", sentences);
        Assert.Contains("Marta Vask visited Kelmora .", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Source", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Train_entities_learns_clusters_writes_both_files_and_the_model_loads_with_its_clusters()
    {
        using var folder = new TempFolder();
        folder.File("data/train.txt", Conll);
        folder.File("text/a.txt", string.Concat(Enumerable.Repeat("Marta Vask visited Kelmora. Orlin Daskov left Tarnholm. Marta left Kelmora.\n", 5)));
        var model = folder.Combine("out/entities.bin");
        var clusters = folder.Combine("out/clusters.tsv.gz");

        var run = await CliRun.InvokeAsync("train", "entities", "--data", folder.Combine("data"), "--out", model, "--epochs", "2",
            "--min-count", "1", "--clusters", clusters, "--cluster-text", folder.Combine("text"), "--cluster-counts", "2,4");

        Assert.True(run.ExitCode == 0, run.Error);
        using var clusterStream = File.OpenRead(clusters);
        Assert.True(WordClusters.TryLoad(clusterStream, out var loaded, out var error), error);
        Assert.Equal(new[] { 2, 4 }, loaded.LevelSizes);
        using var modelStream = File.OpenRead(model);
        Assert.True(EntityTagger.TryLoad(modelStream, loaded, out var tagger, out error), error);
        Assert.True(tagger.UsesViterbi);
    }

    [Fact]
    public async Task Bad_cluster_counts_are_refused_with_a_message()
    {
        using var folder = new TempFolder();
        folder.File("data/train.txt", Conll);
        folder.File("text/a.txt", "Some text.");

        var run = await CliRun.InvokeAsync("train", "entities", "--data", folder.Combine("data"), "--out", folder.Combine("m.bin"),
            "--clusters", folder.Combine("c.tsv.gz"), "--cluster-text", folder.Combine("text"), "--cluster-counts", "1,abc");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--cluster-counts", run.Error);
    }
}
