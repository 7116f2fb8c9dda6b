using BenchmarkDotNet.Attributes;
using Provenance.Core;
using Provenance.Engine;
using Provenance.Entities;

namespace Provenance.Benchmarks;

/// <summary>
/// The entity tagger alone (no span rules, no grouping) on the tokenised sentences of about 200 KB of the
/// benchmark text, one document at a time as the annotator calls it. Tokens per second = the token count
/// printed by <see cref="Setup"/> divided by the mean. The side-by-side comparison of two builds is
/// <c>bench/entity-tagger-compare.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggerBenchmarks
{
    private EntityTagger _tagger = null!;
    private List<IReadOnlyList<IReadOnlyList<string>>> _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (!EntityTagger.TryLoadDefault(out _tagger, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var pipeline = ProvenanceEngine.CreatePipeline();
        var document = Document.FromText(BenchmarkText.Build(200_000));
        foreach (var annotator in pipeline.Annotators)
        {
            if (annotator.Name == "entities")
            {
                break;
            }

            document = annotator.Annotate(document, CancellationToken.None);
        }

        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var sentences = new List<IReadOnlyList<string>>();
        var t = 0;
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var words = new List<string>();
            for (; t < tokens.Length && tokens[t].End <= sentence.End; t++)
            {
                words.Add(text[tokens[t].Start..tokens[t].End]);
            }

            sentences.Add(words);
        }

        // Documents of about 40 sentences, like a news article.
        _documents = sentences.Chunk(40).Select(c => (IReadOnlyList<IReadOnlyList<string>>)c).ToList();
        Console.WriteLine($"// {tokens.Length} tokens in {_documents.Count} documents; model {_tagger.FeatureCount} features, about {_tagger.MemoryBytes / 1048576.0:0.0} MB in memory");
    }

    [Benchmark]
    public int TagDocuments()
    {
        var tagged = 0;
        foreach (var document in _documents)
        {
            tagged += _tagger.TagDocument(document).Count;
        }

        return tagged;
    }
}
