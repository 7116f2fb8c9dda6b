using BenchmarkDotNet.Attributes;
using Provenance.Core;
using Provenance.Core.Json;
using Provenance.Engine;
using Provenance.Pipeline;

namespace Provenance.Benchmarks;

/// <summary>The default pipeline and the JSON writer on about 1 MB of example text.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private AnnotationPipeline _pipeline = null!;
    private Document _document = null!;
    private Document _annotated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ProvenanceEngine.CreatePipeline();
        _document = Document.FromText(BenchmarkText.Build(1_000_000));
        _annotated = _pipeline.Process(_document);
    }

    [Benchmark]
    public Document WholePipeline() => _pipeline.Process(_document);

    [Benchmark]
    public string WriteJson() => DocumentJson.Write(_annotated);
}
