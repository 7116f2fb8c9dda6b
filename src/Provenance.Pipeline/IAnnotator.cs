using Provenance.Core;

namespace Provenance.Pipeline;

/// <summary>
/// Reads the layers it requires and adds one layer. Implementations are immutable (configured through an
/// options record in the constructor) and safe to call from many threads at once. Given odd text (empty,
/// binary-looking, huge) an annotator returns an empty or partial layer; it does not throw.
/// </summary>
public interface IAnnotator
{
    /// <summary>A short name for messages and evidence ("sentences", "quotes.rules").</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this annotator runs; the pipeline builder checks them.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers used when present but not required (reader markup, for example).</summary>
    IReadOnlyList<LayerKey> Uses => [];

    /// <summary>The layer this annotator adds (or replaces).</summary>
    LayerKey Produces { get; }

    Document Annotate(Document document, CancellationToken cancellationToken);
}
