using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

public class SegmentationAnnotatorsTests
{
    [Fact]
    public void All_lists_blocks_sentences_and_tokens_in_an_order_whose_requirements_are_met()
    {
        var produced = new HashSet<LayerKey>();
        foreach (var annotator in SegmentationAnnotators.All)
        {
            Assert.All(annotator.Requires, required => Assert.Contains(required, produced));
            produced.Add(annotator.Produces);
        }

        Assert.Equal([Layers.Blocks, Layers.Sentences, Layers.Tokens], SegmentationAnnotators.All.Select(a => a.Produces));
        Assert.Equal(["blocks", "sentences", "tokens"], SegmentationAnnotators.All.Select(a => a.Name));
        Assert.Equal([Layers.Markup], SegmentationAnnotators.All[0].Uses);
    }

    [Fact]
    public void Cancelled_token_stops_every_annotator()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var document = Segment.Run("One line. Two sentences.");

        foreach (var annotator in SegmentationAnnotators.All)
        {
            Assert.ThrowsAny<OperationCanceledException>(() => annotator.Annotate(document, cancellation.Token));
        }
    }

    [Fact]
    public void Annotators_shared_across_threads_give_the_same_layers_as_one_thread()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"Report {i}: U.S. officials said on Oct. {i % 28 + 1} that the plan was \u201Cnot final.\u201D It wasn\u2019t.\n\u2022 Item {i}.")
            .ToArray();
        var sequential = texts.Select(Run).ToArray();

        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(texts[i]));

        Assert.Equal(sequential, parallel);

        static string Run(string text)
        {
            var document = new Document("t", text);
            foreach (var annotator in SegmentationAnnotators.All)
            {
                document = annotator.Annotate(document, CancellationToken.None);
            }

            return string.Join(
                "|",
                document.Get(Layers.Blocks).Select(b => $"b{b.Start}-{b.End}")
                    .Concat(document.Get(Layers.Sentences).Select(s => $"s{s.Start}-{s.End}"))
                    .Concat(document.Get(Layers.Tokens).Select(t => $"t{t.Start}-{t.End}{t.Kind}")));
        }
    }

    [Fact]
    public void Running_again_replaces_the_layers_with_the_same_result()
    {
        var once = Segment.Run("A line. Another one.\nA second block.");
        var twice = Segment.Run(once.Text, start: once);

        // ImmutableArray compares by reference, so compare the elements.
        Assert.Equal(once.Get(Layers.Tokens).ToArray(), twice.Get(Layers.Tokens).ToArray());
        Assert.Equal(once.Get(Layers.Sentences).ToArray(), twice.Get(Layers.Sentences).ToArray());
        Assert.Equal(once.Get(Layers.Blocks).ToArray(), twice.Get(Layers.Blocks).ToArray());
    }

    [Fact]
    public void Create_passes_options_to_the_annotators()
    {
        var annotators = SegmentationAnnotators.Create(tokens: new TokenOptions { SplitNumberRanges = false });

        var tokenAnnotator = Assert.IsType<TokenAnnotator>(annotators[2]);
        Assert.False(tokenAnnotator.Options.SplitNumberRanges);
        Assert.Equal(TokenKind.Number, Segment.Run("24-26", tokenAnnotator.Options).Get(Layers.Tokens).Single().Kind);
    }
}
