using BenchmarkDotNet.Attributes;
using Provenance.Core;
using Provenance.Entities;
using Provenance.Pipeline;
using Provenance.Quotes;
using Provenance.Quotes.Learned;
using Provenance.Segmentation;

namespace Provenance.Benchmarks;

/// <summary>
/// The quotes annotator alone, rules only and with the learned attribution tagger, on one large document: the
/// PolNeAR train texts concatenated when <c>PROVENANCE_POLNEAR_TRAIN</c> names their folder (<c>…/train/text</c>),
/// else about 4 MB of the repository's examples. The input is segmented and entity-tagged once in the setup.
/// Throughput = input MB / mean time (one thread). Run: <c>dotnet run -c Release --project bench/Provenance.Benchmarks -- --filter *QuoteBenchmarks* --inProcess --strategy Monitoring --warmupCount 1 --iterationCount 5</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private QuoteAnnotator _annotator = null!;
    private Document _input = null!;

    [Params("rules", "learned")]
    public string Mode { get; set; } = "";

    /// <summary>UTF-8 size of the input, for MB/s.</summary>
    public static double InputMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("PROVENANCE_POLNEAR_TRAIN");
        var text = folder is not null && Directory.Exists(folder)
            ? string.Join("\n\n", Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            : BenchmarkText.Build(4_000_000);
        InputMegabytes = System.Text.Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
        Console.WriteLine($"// quotes benchmark input: {InputMegabytes:0.00} MB ({(folder is null ? "examples" : folder)})");
        _input = new PipelineBuilder().AddSegmentation().AddEntities().Build().Process(Document.FromText(text), CancellationToken.None);
        var tagger = Mode == "learned" ? AttributionTagger.TryLoadEmbedded(out var error) ?? throw new InvalidOperationException(error) : null;
        _annotator = new QuoteAnnotator(new QuoteOptions(Learned: tagger));
    }

    [Benchmark]
    public Document Annotate() => _annotator.Annotate(_input, CancellationToken.None);
}
