using System.Diagnostics;
using Provenance.Core;
using Provenance.Pipeline;

namespace Provenance.Cli.Batch;

/// <summary>Wraps an annotator and adds up the time spent in it across threads, for <c>provenance bench</c>.</summary>
internal sealed class TimedAnnotator(IAnnotator inner) : IAnnotator
{
    private long _ticks;

    public string Name => inner.Name;

    public IReadOnlyList<LayerKey> Requires => inner.Requires;

    public IReadOnlyList<LayerKey> Uses => inner.Uses;

    public LayerKey Produces => inner.Produces;

    /// <summary>Time spent in the wrapped annotator, summed over all threads.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return inner.Annotate(document, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }
}
