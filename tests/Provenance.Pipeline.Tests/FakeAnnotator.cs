using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Pipeline.Tests;

/// <summary>An annotator for tests: declares what it is told, records that it ran, and adds one sentence per call.</summary>
internal sealed class FakeAnnotator(string name, LayerKey<Sentence> produces, params LayerKey[] requires) : IAnnotator
{
    public string Name { get; } = name;

    public IReadOnlyList<LayerKey> Requires { get; } = requires;

    public LayerKey Produces => produces;

    public Func<Document, CancellationToken, Document>? OnAnnotate { get; init; }

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        if (OnAnnotate is not null)
        {
            return OnAnnotate(document, cancellationToken);
        }

        // Record the order of runs in the produced layer: one annotation per annotator run so far.
        var count = document.Has(produces) ? document.Get(produces).Length : 0;
        return document.With(produces, Enumerable.Range(0, count + 1).Select(_ => new Sentence(0, 0)));
    }
}
