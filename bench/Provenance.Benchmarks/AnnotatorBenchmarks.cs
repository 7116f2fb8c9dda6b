using BenchmarkDotNet.Attributes;
using Provenance.Core;
using Provenance.Engine;
using Provenance.Pipeline;

namespace Provenance.Benchmarks;

/// <summary>Each annotator of the default pipeline alone, on about 1 MB of text that already has the layers it needs.</summary>
[MemoryDiagnoser]
public class AnnotatorBenchmarks
{
    private IAnnotator _annotator = null!;
    private Document _input = null!;

    [ParamsSource(nameof(Stages))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> Stages() => ProvenanceEngine.CreatePipeline().Annotators.Select(a => a.Name);

    [GlobalSetup]
    public void Setup()
    {
        var input = Document.FromText(BenchmarkText.Build(1_000_000));
        foreach (var annotator in ProvenanceEngine.CreatePipeline().Annotators)
        {
            if (annotator.Name == Stage)
            {
                _annotator = annotator;
                _input = input;
                return;
            }

            input = annotator.Annotate(input, CancellationToken.None);
        }

        throw new InvalidOperationException($"No annotator named '{Stage}' in the default pipeline.");
    }

    [Benchmark]
    public Document Annotate() => _annotator.Annotate(_input, CancellationToken.None);
}
