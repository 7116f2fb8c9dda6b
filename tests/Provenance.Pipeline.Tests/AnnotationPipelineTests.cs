using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using static Provenance.Pipeline.Tests.TestLayers;

namespace Provenance.Pipeline.Tests;

public class AnnotationPipelineTests
{
    [Fact]
    public void Process_runs_every_annotator_in_order()
    {
        var pipeline = new PipelineBuilder().Add(new FakeAnnotator("b", B, A)).Add(new FakeAnnotator("a", A)).Build();

        var result = pipeline.Process(Document.FromText("Some text."));

        Assert.True(result.Has(A));
        Assert.True(result.Has(B));
    }

    [Fact]
    public void Process_wraps_a_failure_with_the_annotator_and_document()
    {
        var failing = new FakeAnnotator("boom", A) { OnAnnotate = (_, _) => throw new FormatException("bad date") };
        var pipeline = new PipelineBuilder().Add(failing).Build();

        var error = Assert.Throws<AnnotatorException>(() => pipeline.Process(new Document("doc-1", "text")));

        Assert.Equal("boom", error.Annotator);
        Assert.Equal("doc-1", error.DocumentId);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public async Task RunAsync_keeps_input_order_across_workers()
    {
        // Later documents finish first: without reordering the output would come back reversed.
        var slowFirst = new FakeAnnotator("sleepy", A)
        {
            OnAnnotate = (d, _) =>
            {
                Thread.Sleep(int.Parse(d.Id, System.Globalization.CultureInfo.InvariantCulture) < 4 ? 30 : 0);
                return d.With(A, []);
            },
        };
        var pipeline = new PipelineBuilder().Add(slowFirst).Build();

        var ids = new List<string>();
        await foreach (var outcome in pipeline.RunAsync(Documents(20), new PipelineRunOptions { Workers = 4 }))
        {
            ids.Add(outcome.Input.Id);
        }

        Assert.Equal(Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public async Task RunAsync_reports_a_failing_document_and_carries_on()
    {
        var picky = new FakeAnnotator("picky", A)
        {
            OnAnnotate = (d, _) => d.Id == "3" ? throw new InvalidDataException("cannot read") : d.With(A, []),
        };
        var pipeline = new PipelineBuilder().Add(picky).Build();

        var outcomes = new List<PipelineOutcome>();
        await foreach (var outcome in pipeline.RunAsync(Documents(6), new PipelineRunOptions { Workers = 2 }))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(6, outcomes.Count);
        var failed = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal("3", failed.Input.Id);
        Assert.Equal("picky", failed.Error!.Annotator);
    }

    [Fact]
    public async Task RunAsync_never_reads_further_ahead_than_the_window()
    {
        var read = 0;
        var maxAhead = 0;
        var consumed = 0;
        async IAsyncEnumerable<Document> Counted()
        {
            await foreach (var d in Documents(50))
            {
                Interlocked.Increment(ref read);
                yield return d;
            }
        }

        var pipeline = new PipelineBuilder().Add(new FakeAnnotator("a", A)).Build();
        await foreach (var _ in pipeline.RunAsync(Counted(), new PipelineRunOptions { Workers = 2, Window = 3 }))
        {
            consumed++;
            await Task.Delay(2);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumed);
        }

        Assert.Equal(50, consumed);
        // The window holds 3 documents; the producer may have pulled one more that waits for a slot.
        Assert.InRange(maxAhead, 0, 4);
    }

    [Fact]
    public async Task RunAsync_passes_the_cancellation_token_to_annotators()
    {
        using var cancel = new CancellationTokenSource();
        var sawCancellation = false;
        var waiting = new FakeAnnotator("waits", A)
        {
            OnAnnotate = (d, token) =>
            {
                cancel.Cancel();
                sawCancellation = token.IsCancellationRequested;
                token.ThrowIfCancellationRequested();
                return d;
            },
        };
        var pipeline = new PipelineBuilder().Add(waiting).Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Documents(3), new PipelineRunOptions { Workers = 1 }, cancel.Token))
            {
            }
        });
        Assert.True(sawCancellation);
    }

    private static async IAsyncEnumerable<Document> Documents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Document number {i}.");
        }
    }
}
