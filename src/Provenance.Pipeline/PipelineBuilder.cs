using Provenance.Core;

namespace Provenance.Pipeline;

/// <summary>
/// Collects annotators and builds an immutable <see cref="AnnotationPipeline"/>. <see cref="Build"/> orders the
/// annotators so that each runs after the producers of the layers it requires or uses, and fails with a
/// message naming the missing layer when a requirement cannot be met.
/// An annotator that requires and produces the same layer refines it (a voice classifier rewriting
/// <c>blocks</c>) and runs after that layer's producer.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];
    private readonly HashSet<LayerKey> _provided = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>Declares layers that documents already carry when they enter the pipeline (set by readers).</summary>
    public PipelineBuilder AssumeProvided(params LayerKey[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        _provided.UnionWith(layers);
        return this;
    }

    /// <exception cref="InvalidOperationException">A required layer has no producer, two annotators produce the same layer, or requirements form a cycle.</exception>
    public AnnotationPipeline Build()
    {
        var producers = new Dictionary<LayerKey, IAnnotator>();
        foreach (var annotator in _annotators.Where(a => !IsRefiner(a)))
        {
            if (producers.TryGetValue(annotator.Produces, out var other))
            {
                throw new InvalidOperationException(
                    $"Annotators '{other.Name}' and '{annotator.Name}' both produce layer '{annotator.Produces.Name}'. Keep one, or make the second require '{annotator.Produces.Name}' so that it refines the first.");
            }

            producers[annotator.Produces] = annotator;
        }

        foreach (var annotator in _annotators)
        {
            foreach (var layer in annotator.Requires)
            {
                if (!producers.ContainsKey(layer) && !_provided.Contains(layer))
                {
                    throw new InvalidOperationException(
                        $"Annotator '{annotator.Name}' requires layer '{layer.Name}', but no annotator in the pipeline produces it. Add an annotator that produces '{layer.Name}' before building the pipeline.");
                }
            }
        }

        return new AnnotationPipeline(Order(producers));
    }

    private static bool IsRefiner(IAnnotator annotator) => annotator.Requires.Contains(annotator.Produces);

    /// <summary>Kahn-style ordering that keeps the order of addition among annotators that are ready together.</summary>
    private List<IAnnotator> Order(Dictionary<LayerKey, IAnnotator> producers)
    {
        var ordered = new List<IAnnotator>(_annotators.Count);
        var done = new HashSet<IAnnotator>(ReferenceEqualityComparer.Instance);
        while (ordered.Count < _annotators.Count)
        {
            var ready = _annotators.FirstOrDefault(a => !done.Contains(a) && Prerequisites(a, producers).All(done.Contains));
            if (ready is null)
            {
                var stuck = string.Join(", ", _annotators.Where(a => !done.Contains(a)).Select(a => $"'{a.Name}'"));
                throw new InvalidOperationException($"The annotators {stuck} wait on each other's layers (a cycle); no order can satisfy them.");
            }

            ordered.Add(ready);
            done.Add(ready);
        }

        return ordered;
    }

    /// <summary>The annotators that must run before <paramref name="annotator"/>: producers of what it requires or uses, and earlier refiners of the same layers.</summary>
    private IEnumerable<IAnnotator> Prerequisites(IAnnotator annotator, Dictionary<LayerKey, IAnnotator> producers)
    {
        foreach (var layer in annotator.Requires.Concat(annotator.Uses))
        {
            if (producers.TryGetValue(layer, out var producer) && !ReferenceEquals(producer, annotator))
            {
                yield return producer;
            }

            // Refiners of a layer run in the order they were added, and before anyone who reads that layer.
            foreach (var refiner in _annotators.Where(r => IsRefiner(r) && r.Produces == layer && !ReferenceEquals(r, annotator)))
            {
                if (!IsRefiner(annotator) || annotator.Produces != layer || _annotators.IndexOf(refiner) < _annotators.IndexOf(annotator))
                {
                    yield return refiner;
                }
            }
        }
    }
}
