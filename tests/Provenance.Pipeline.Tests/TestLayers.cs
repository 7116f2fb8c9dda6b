using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Pipeline.Tests;

/// <summary>Layers that exist only in these tests, so the builder can be checked without real annotators.</summary>
internal static class TestLayers
{
    public static readonly LayerKey<Sentence> A = new("test-a", allowsOverlap: true);
    public static readonly LayerKey<Sentence> B = new("test-b", allowsOverlap: true);
    public static readonly LayerKey<Sentence> C = new("test-c", allowsOverlap: true);
}
