using Provenance.Entities.Training;

namespace Provenance.Entities.Tests;

/// <summary>Training on a tiny invented data set (never CoNLL): determinism, learning, the model file.</summary>
public class TrainingTests
{
    private static readonly EntityTrainingOptions Options = new() { Epochs = 10, Seed = 7, MinFeatureCount = 1, Description = "synthetic test data" };

    private static List<ConllDocument> SyntheticData()
    {
        string[] people = ["Maria Lindqvist", "Tomas Berg", "Oskar Vaal", "Petra Holm"];
        string[] orgs = ["Norvik Bank", "Solvang Energy", "Aurora Institute"];
        string[] places = ["Bergen", "Tallinn", "Gdansk"];
        var documents = new List<ConllDocument>();
        for (var d = 0; d < 6; d++)
        {
            var sentences = new List<ConllSentence>();
            for (var s = 0; s < 4; s++)
            {
                var person = people[(d + s) % people.Length].Split(' ');
                var org = orgs[(d * 2 + s) % orgs.Length].Split(' ');
                var place = places[(d + 2 * s) % places.Length];
                var words = new List<string>(person) { "said", "that" };
                words.AddRange(org);
                words.AddRange(["will", "open", "a", "Nordic", "office", "in", place, "."]);
                var tags = new List<string> { "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-MISC", "O", "O", "B-LOC", "O" };
                sentences.Add(new ConllSentence(words, tags));
            }

            documents.Add(new ConllDocument(sentences));
        }

        return documents;
    }

    private static byte[] Bytes(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_model_bytes()
    {
        var data = SyntheticData();

        var first = Bytes(EntityTaggerTrainer.Train(data, data, Options));
        var second = Bytes(EntityTaggerTrainer.Train(data, data, Options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Trained_model_tags_its_training_sentences()
    {
        var data = SyntheticData();
        var tagger = EntityTaggerTrainer.Train(data, null, Options);

        var predicted = data.SelectMany(d => tagger.TagDocument(d.Sentences.Select(s => s.Words).ToList())).Select(t => string.Join(' ', t));
        var gold = data.SelectMany(d => d.Sentences).Select(s => string.Join(' ', s.Tags));

        Assert.Equal(gold, predicted);
    }

    [Fact]
    public void Every_epoch_is_reported_with_development_scores()
    {
        var data = SyntheticData();
        var reports = new List<EpochReport>();

        EntityTaggerTrainer.Train(data, data, Options, reports.Add);

        Assert.Equal(Enumerable.Range(1, 10), reports.Select(r => r.Epoch));
        Assert.All(reports, r => Assert.NotNull(r.Development));
    }

    [Fact]
    public void Saved_model_loads_back_and_tags_alike()
    {
        var data = SyntheticData();
        var tagger = EntityTaggerTrainer.Train(data, null, Options);
        using var stream = new MemoryStream(Bytes(tagger));

        Assert.True(EntityTagger.TryLoad(stream, out var loaded, out var error), error);
        Assert.Equal("synthetic test data", loaded.Description);
        Assert.True(loaded.UsesViterbi);
        var sentence = new[] { "Petra", "Holm", "said", "that", "Norvik", "Bank", "will", "open", "a", "Nordic", "office", "in", "Bergen", "." };
        Assert.Equal(tagger.TagDocument([sentence])[0], loaded.TagDocument([sentence])[0]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Viterbi_and_greedy_training_both_learn_the_training_sentences(bool viterbi)
    {
        var data = SyntheticData();
        var tagger = EntityTaggerTrainer.Train(data, null, Options with { Viterbi = viterbi });

        var predicted = data.SelectMany(d => tagger.TagDocument(d.Sentences.Select(s => s.Words).ToList())).Select(t => string.Join(' ', t));

        Assert.Equal(viterbi, tagger.UsesViterbi);
        Assert.Equal(data.SelectMany(d => d.Sentences).Select(s => string.Join(' ', s.Tags)), predicted);
    }

    [Fact]
    public void Model_trained_with_clusters_refuses_other_clusters_and_loads_with_its_own()
    {
        var clusters = new WordClusters([2], new Dictionary<string, int[]> { ["Bergen"] = [0], ["Tallinn"] = [0], ["said"] = [1] });
        var tagger = EntityTaggerTrainer.Train(SyntheticData(), null, Options with { Clusters = clusters });
        var bytes = Bytes(tagger);

        Assert.False(EntityTagger.TryLoad(new MemoryStream(bytes), WordClusters.Empty, out _, out var error));
        Assert.Contains("word clusters", error);
        Assert.True(EntityTagger.TryLoad(new MemoryStream(bytes), clusters, out var loaded, out error), error);
        Assert.Equal(3, loaded.Clusters.WordCount);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    public void Garbage_is_refused_with_a_message(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        Assert.False(EntityTagger.TryLoad(stream, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Shipped_model_loads_and_says_what_it_was_trained_on()
    {
        Assert.True(EntityTagger.TryLoadDefault(out var tagger, out var error), error);
        Assert.Contains("CoNLL-2003", tagger.Description);
        Assert.True(tagger.FeatureCount > 1000);
        Assert.True(tagger.UsesViterbi);
        Assert.True(tagger.Clusters.WordCount > 10_000, "the shipped model is trained with its embedded word clusters");
    }

    [Fact]
    public void Shipped_model_tags_names_it_cannot_have_seen_from_their_context()
    {
        Assert.True(EntityTagger.TryLoadDefault(out var tagger, out var error), error);
        string[] sentence = ["Envoy", "Tarvo", "Kesselring", "met", "officials", "of", "Norvik", "Bank", "in", "Tallinn", "on", "Monday", ",", "he", "said", "."];

        var tags = tagger.TagDocument([sentence])[0];

        Assert.Equal(new[] { "B-PER", "I-PER" }, tags[1..3]);
        Assert.Equal(new[] { "B-ORG", "I-ORG" }, tags[6..8]);
        Assert.Equal("B-LOC", tags[9]);
    }
}
