using Provenance.Pipeline;
using static Provenance.Pipeline.Tests.TestLayers;

namespace Provenance.Pipeline.Tests;

public class PipelineBuilderTests
{
    [Fact]
    public void Build_orders_annotators_after_the_producers_of_what_they_require()
    {
        var c = new FakeAnnotator("c", C, B);
        var b = new FakeAnnotator("b", B, A);
        var a = new FakeAnnotator("a", A);

        var pipeline = new PipelineBuilder().Add(c).Add(b).Add(a).Build();

        Assert.Equal(["a", "b", "c"], pipeline.Annotators.Select(x => x.Name));
    }

    [Fact]
    public void Build_names_the_missing_layer_and_the_annotator_that_needs_it()
    {
        var builder = new PipelineBuilder().Add(new FakeAnnotator("tokens", C, B));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'tokens' requires layer 'test-b'", error.Message);
    }

    [Fact]
    public void Build_accepts_a_layer_that_readers_provide()
    {
        var pipeline = new PipelineBuilder().AssumeProvided(A).Add(new FakeAnnotator("b", B, A)).Build();

        Assert.Single(pipeline.Annotators);
    }

    [Fact]
    public void Build_rejects_two_producers_of_one_layer()
    {
        var builder = new PipelineBuilder().Add(new FakeAnnotator("one", A)).Add(new FakeAnnotator("two", A));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'one' and 'two' both produce layer 'test-a'", error.Message);
    }

    [Fact]
    public void A_refiner_runs_after_the_producer_and_before_readers_of_its_layer()
    {
        var reader = new FakeAnnotator("reader", B, A);
        var refiner = new FakeAnnotator("refiner", A, A);
        var producer = new FakeAnnotator("producer", A);

        var pipeline = new PipelineBuilder().Add(reader).Add(refiner).Add(producer).Build();

        Assert.Equal(["producer", "refiner", "reader"], pipeline.Annotators.Select(x => x.Name));
    }

    [Fact]
    public void Build_reports_a_cycle()
    {
        var builder = new PipelineBuilder().Add(new FakeAnnotator("x", A, B)).Add(new FakeAnnotator("y", B, A));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("cycle", error.Message);
    }
}
