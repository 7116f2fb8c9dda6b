using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Provenance.Core;
using Provenance.Ingest;
using Provenance.Pipeline;

namespace Provenance.Cli.Batch;

/// <summary>
/// Reads sources and runs the pipeline over them as one stream. Unreadable sources and documents an
/// annotator failed on are collected in <see cref="Failures"/> while the rest go through.
/// </summary>
internal sealed class DocumentBatch(IngestOptions ingestOptions, AnnotationPipeline pipeline, PipelineRunOptions runOptions)
{
    private readonly ConcurrentQueue<BatchFailure> _failures = new();
    private int _read;
    private long _readingTicks;

    public IReadOnlyCollection<BatchFailure> Failures => _failures;

    /// <summary>What reading counted besides documents and failures (files skipped in folders).</summary>
    public IngestStatistics Statistics { get; } = new();

    /// <summary>Documents read so far (successfully).</summary>
    public int ReadCount => Volatile.Read(ref _read);

    /// <summary>Time spent reading and decoding sources (one reader thread), for <c>bench</c>.</summary>
    public TimeSpan ReadingTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _readingTicks));

    public async IAsyncEnumerable<Document> AnalyseAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var outcome in pipeline.RunAsync(ReadAsync(paths, cancellationToken), runOptions, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Annotated is { } annotated)
            {
                yield return annotated;
            }
            else
            {
                Fail(outcome.Input.Metadata.SourcePath ?? outcome.Input.Id, outcome.Error?.Message ?? "analysis failed");
            }
        }
    }

    public void Fail(string source, string reason) => _failures.Enqueue(new BatchFailure(source, reason));

    private async IAsyncEnumerable<Document> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new DocumentSource(ingestOptions);
        var results = source.ReadAsync(paths, Statistics, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var _ = results.ConfigureAwait(false);
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var more = await results.MoveNextAsync().ConfigureAwait(false);
            Interlocked.Add(ref _readingTicks, Stopwatch.GetTimestamp() - started);
            if (!more)
            {
                yield break;
            }

            var result = results.Current;
            if (result.Document is { } document)
            {
                Interlocked.Increment(ref _read);
                yield return document;
            }
            else
            {
                Fail(result.SourcePath, result.Error ?? "unreadable");
            }
        }
    }
}
