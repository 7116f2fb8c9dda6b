using Provenance.Core.Annotations;

namespace Provenance.Core.Tests;

public sealed class DocumentTests
{
    private const string Text = "Marchenko said talks would resume. Brandt agreed.";

    [Fact]
    public void With_sorts_annotations_by_start_then_end()
    {
        var document = new Document("memo", Text).With(Layers.Quotes,
        [
            new Quote(35, 49, QuoteKind.Indirect, "Oleg Brandt", false, "agreed", null),
            new Quote(15, 33, QuoteKind.Indirect, "Anna Marchenko", false, "said", null),
            new Quote(15, 20, QuoteKind.Direct, "Anna Marchenko", false, "said", null),
        ]);

        Assert.Equal([(15, 20), (15, 33), (35, 49)], document.Get(Layers.Quotes).Select(q => (q.Start, q.End)));
    }

    [Theory]
    [InlineData(40, 60)]
    [InlineData(50, 50)]
    public void With_rejects_a_span_outside_the_text_naming_layer_and_document(int start, int end)
    {
        var document = new Document("memo", Text);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => document.With(Layers.Entities, [new EntityMention(start, end, EntityType.Person, "Oleg Brandt")]));

        Assert.Contains("'entities'", error.Message);
        Assert.Contains("'memo'", error.Message);
    }

    [Fact]
    public void With_rejects_overlap_in_a_layer_that_forbids_it_naming_layer_and_document()
    {
        var document = new Document("memo", Text);

        var error = Assert.Throws<ArgumentException>(() => document.With(Layers.Sentences, [new Sentence(0, 34), new Sentence(30, 49)]));

        Assert.Contains("'sentences'", error.Message);
        Assert.Contains("'memo'", error.Message);
        Assert.False(Layers.Sentences.AllowsOverlap);
    }

    [Fact]
    public void Touching_spans_do_not_overlap()
    {
        var document = new Document("memo", Text).With(Layers.Sentences, [new Sentence(0, 34), new Sentence(34, 49)]);

        Assert.Equal(2, document.Get(Layers.Sentences).Length);
    }

    [Fact]
    public void Layers_that_allow_overlap_accept_nested_spans()
    {
        var document = new Document("memo", Text).With(Layers.Quotes,
        [
            new Quote(0, 34, QuoteKind.Mixed, "Anna Marchenko", false, "said", null),
            new Quote(15, 33, QuoteKind.Indirect, "Anna Marchenko", false, "said", null),
        ]);

        Assert.Equal(2, document.Get(Layers.Quotes).Length);
    }

    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_alone()
    {
        var original = new Document("memo", Text);

        var annotated = original.With(Layers.Sentences, [new Sentence(0, 34)]);
        var replaced = annotated.With(Layers.Sentences, [new Sentence(35, 49)]);

        Assert.False(original.Has(Layers.Sentences));
        Assert.Empty(original.Get(Layers.Sentences));
        Assert.Equal((0, 34), (annotated.Get(Layers.Sentences)[0].Start, annotated.Get(Layers.Sentences)[0].End));
        Assert.Equal((35, 49), (replaced.Get(Layers.Sentences)[0].Start, replaced.Get(Layers.Sentences)[0].End));
        Assert.Equal(original.ContentHash, replaced.ContentHash);
    }

    [Fact]
    public void An_empty_layer_is_present()
    {
        var document = new Document("memo", Text).With(Layers.Forecasts, []);

        Assert.True(document.Has(Layers.Forecasts));
        Assert.Contains(Layers.Forecasts, document.LayerKeys);
    }

    [Fact]
    public void Text_of_an_annotation_is_its_utf16_substring()
    {
        var document = new Document("memo", "🙂 Brandt agreed.").With(Layers.Tokens, [new Token(3, 9, TokenKind.Word)]);

        Assert.Equal("Brandt", document.TextOf(document.Get(Layers.Tokens)[0]));
    }
}
