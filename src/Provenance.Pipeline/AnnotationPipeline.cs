using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Provenance.Core;

namespace Provenance.Pipeline;

/// <summary>
/// An ordered, immutable chain of annotators, built by <see cref="PipelineBuilder"/>. Safe to share across
/// threads. <see cref="Process"/> annotates one document; <see cref="RunAsync"/> streams many through
/// several workers, keeping at most a small window of documents in memory, and reports a failing document
/// as an outcome instead of stopping the batch.
/// </summary>
public sealed class AnnotationPipeline
{
    internal AnnotationPipeline(IReadOnlyList<IAnnotator> annotators)
    {
        Annotators = [.. annotators];
    }

    /// <summary>The annotators in the order they run.</summary>
    public ImmutableArray<IAnnotator> Annotators { get; }

    /// <summary>Runs every annotator on <paramref name="document"/>.</summary>
    /// <exception cref="AnnotatorException">An annotator failed; the exception names it and the document.</exception>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var annotator in Annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = annotator.Annotate(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new AnnotatorException(annotator.Name, document.Id, ex);
            }
        }

        return document;
    }

    /// <summary>
    /// Annotates a stream of documents on <see cref="PipelineRunOptions.Workers"/> threads. Outcomes come back in
    /// input order; at most <see cref="PipelineRunOptions.Window"/> documents are in flight at once.
    /// </summary>
    public async IAsyncEnumerable<PipelineOutcome> RunAsync(
        IAsyncEnumerable<Document> documents,
        PipelineRunOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= PipelineRunOptions.Default;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new SemaphoreSlim(options.Window);
        var input = Channel.CreateBounded<(long Sequence, Document Document)>(options.Window);
        var output = Channel.CreateUnbounded<(long Sequence, PipelineOutcome Outcome)>();

        var producer = Task.Run(() => FeedAsync(documents, input.Writer, window, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, options.Workers)
            .Select(_ => Task.Run(() => WorkAsync(input.Reader, output.Writer, stop.Token), stop.Token))
            .ToArray();
        _ = Task.WhenAll(workers).ContinueWith(
            t => output.Writer.TryComplete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            // Workers finish out of order; hold early finishers until their predecessors are out.
            var pending = new Dictionary<long, PipelineOutcome>();
            long next = 0;
            await foreach (var (sequence, outcome) in output.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                pending[sequence] = outcome;
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    window.Release();
                    yield return ready;
                }
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers.Append(producer)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private static async Task FeedAsync(IAsyncEnumerable<Document> documents, ChannelWriter<(long, Document)> writer, SemaphoreSlim window, CancellationToken cancellationToken)
    {
        try
        {
            long sequence = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync((sequence++, document), cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private async Task WorkAsync(ChannelReader<(long, Document)> reader, ChannelWriter<(long, PipelineOutcome)> writer, CancellationToken cancellationToken)
    {
        await foreach (var (sequence, document) in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            PipelineOutcome outcome;
            try
            {
                outcome = PipelineOutcome.Success(Process(document, cancellationToken));
            }
            catch (AnnotatorException ex)
            {
                outcome = PipelineOutcome.Failure(document, ex);
            }

            await writer.WriteAsync((sequence, outcome), cancellationToken).ConfigureAwait(false);
        }
    }
}
