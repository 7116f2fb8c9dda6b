using Provenance.Entities.Training;

namespace Provenance.Entities.Tests;

/// <summary>Word clustering on small invented text, and the cluster file.</summary>
public sealed class WordClusterTests
{
    private static List<string[]> InventedText()
    {
        string[] people = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid"];
        string[] cities = ["Oslo", "Riga", "Turku", "Porto", "Lyon", "Graz"];
        var sentences = new List<string[]>();
        for (var i = 0; i < 60; i++)
        {
            var person = people[i % people.Length];
            var city = cities[(i * 5) % cities.Length];
            sentences.Add(["Minister", person, "said", "on", "Monday", "that", "the", "talks", "in", city, "had", "ended", "."]);
            sentences.Add(["Mayor", people[(i + 3) % people.Length], "told", "reporters", "in", cities[(i + 1) % cities.Length], "."]);
        }

        return sentences;
    }

    private static readonly WordClusterOptions Options = new() { ClusterCounts = [4, 8], MinCount = 1, Iterations = 10 };

    [Fact]
    public void Words_used_in_the_same_contexts_share_a_cluster()
    {
        var clusters = WordClusterer.Learn(InventedText(), Options);

        var anna = clusters.Find("Anna")!;
        Assert.Equal(anna, clusters.Find("Farid"));
        Assert.Equal(clusters.Find("Oslo"), clusters.Find("Graz"));
        Assert.NotEqual(anna[1], clusters.Find("Oslo")![1]);
    }

    [Fact]
    public void Same_text_gives_the_same_clusters_and_file_bytes()
    {
        var first = WordClusterer.Learn(InventedText(), Options);
        var second = WordClusterer.Learn(InventedText(), Options);

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Equal(Bytes(first), Bytes(second));
    }

    [Fact]
    public void Cluster_file_loads_back_with_the_same_fingerprint()
    {
        var clusters = WordClusterer.Learn(InventedText(), Options);

        Assert.True(WordClusters.TryLoad(new MemoryStream(Bytes(clusters)), out var loaded, out var error), error);

        Assert.Equal(clusters.Fingerprint, loaded.Fingerprint);
        Assert.Equal(new[] { 4, 8 }, loaded.LevelSizes);
        Assert.Equal(clusters.Find("Riga"), loaded.Find("Riga"));
    }

    [Theory]
    [InlineData("OSLO")]
    [InlineData("Oslo")]
    public void Headline_capitals_fall_back_to_the_capitalised_form(string word)
    {
        var clusters = new WordClusters([2], new Dictionary<string, int[]> { ["Oslo"] = [1], ["talks"] = [0] });

        Assert.Equal(new[] { 1 }, clusters.Find(word));
    }

    [Theory]
    [InlineData("Talks", 0)]
    [InlineData("2025", 1)]
    [InlineData("1999", 1)]
    public void Sentence_initial_words_fall_back_to_lower_case_and_digits_are_folded(string word, int expected)
    {
        var clusters = new WordClusters([2], new Dictionary<string, int[]> { ["talks"] = [0], ["0000"] = [1] });

        Assert.Equal(new[] { expected }, clusters.Find(word));
    }

    [Fact]
    public void Unknown_words_have_no_cluster()
    {
        Assert.Null(new WordClusters([2], new Dictionary<string, int[]> { ["talks"] = [0] }).Find("Kesselring"));
        Assert.Null(WordClusters.Empty.Find("talks"));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 31, 139, 8, 0, 1, 2, 3 })]
    public void Garbage_is_refused_with_a_message(byte[] bytes)
    {
        Assert.False(WordClusters.TryLoad(new MemoryStream(bytes), out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Shipped_clusters_load()
    {
        Assert.True(WordClusters.TryLoadDefault(out var clusters, out var error), error);
        Assert.Equal(3, clusters.Levels);
        Assert.NotNull(clusters.Find("said"));
    }

    private static byte[] Bytes(WordClusters clusters)
    {
        using var stream = new MemoryStream();
        clusters.Save(stream, ["invented test text"]);
        return stream.ToArray();
    }
}
