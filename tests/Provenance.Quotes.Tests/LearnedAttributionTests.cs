using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Quotes.Learned;
using Provenance.Quotes.Polnear;

namespace Provenance.Quotes.Tests;

public sealed class LearnedAttributionTests
{
    private static readonly string[] Sentences =
    [
        "The mayor said the bridge will open in June.",
        "Senator Ruiz argued that the budget was too small.",
        "The council believes the tram line is overdue.",
        "Critics claimed the plan would raise rents.",
        "The governor announced that schools will close early.",
        "Analysts expect the central bank to cut rates.",
    ];

    [Fact]
    public void Trained_tagger_finds_cue_source_and_content_on_its_own_kind_of_sentence()
    {
        var tagger = TrainOnFixtures(epochs: 12);
        var annotator = new QuoteAnnotator(new QuoteOptions(Learned: tagger));
        var document = QuoteFixture.Segment("The minister said the harbour will reopen in May.");

        var quote = Assert.Single(annotator.FindQuotes(document, CancellationToken.None));

        Assert.Equal("said", quote.Cue);
        Assert.Equal("the harbour will reopen in May", document.Text[quote.Start..quote.End]);
        Assert.Equal("The minister", document.Text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
        Assert.Equal(LearnedAttributionSieve.RuleName, quote.Rule);
    }

    [Fact]
    public void Saved_model_reads_back_to_the_same_tags()
    {
        var tagger = TrainOnFixtures(epochs: 3);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;

        var loaded = AttributionTagger.TryLoad(stream, out var error);

        Assert.Null(error);
        Assert.NotNull(loaded);
        var document = QuoteFixture.Segment("The council said the budget will grow. Critics claimed the plan would fail.");
        var before = new QuoteAnnotator(new QuoteOptions(Learned: tagger)).FindQuotes(document, CancellationToken.None);
        var after = new QuoteAnnotator(new QuoteOptions(Learned: loaded)).FindQuotes(document, CancellationToken.None);
        Assert.Equal(before.Select(q => (q.Start, q.End, q.CueStart)), after.Select(q => (q.Start, q.End, q.CueStart)));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public void Unreadable_model_gives_a_reason_not_an_exception(byte[] bytes)
    {
        var tagger = AttributionTagger.TryLoad(new MemoryStream(bytes), out var error);

        Assert.Null(tagger);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Shipped_model_is_embedded_and_tags_a_plain_report()
    {
        var tagger = AttributionTagger.TryLoadEmbedded(out var error);
        Assert.True(tagger is not null, error);
        var document = QuoteFixture.Segment("The governor of Ohio said on Tuesday that the state would appeal the ruling.");

        var quote = Assert.Single(new QuoteAnnotator(new QuoteOptions(Learned: tagger)).FindQuotes(document, CancellationToken.None));

        Assert.Equal("said", quote.Cue);
        Assert.Contains("the state would appeal the ruling", document.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Content_interrupted_by_its_source_and_cue_is_one_span()
    {
        const string text = "The new tax, the senator said, will hurt small farms.";
        var document = QuoteFixture.Segment(text);
        var context = new QuoteContext(document, QuoteOptions.Default, CancellationToken.None);
        LabelledSpan Span(string part, AttributionSpanKind kind) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length, kind);

        var joined = LearnedAttributionSieve.JoinInterruptedContents(context,
        [
            Span("The new tax", AttributionSpanKind.Content),
            Span("the senator", AttributionSpanKind.Source),
            Span("said", AttributionSpanKind.Cue),
            Span("will hurt small farms", AttributionSpanKind.Content),
        ]);

        var content = Assert.Single(joined, s => s.Kind == AttributionSpanKind.Content);
        Assert.Equal("The new tax, the senator said, will hurt small farms", text[content.Start..content.End]);
        Assert.Equal(3, joined.Count);
    }

    [Fact]
    public void Contents_of_two_sentences_stay_apart()
    {
        const string text = "“We will win,” he said. “They will lose.”";
        var document = QuoteFixture.Segment(text);
        var context = new QuoteContext(document, QuoteOptions.Default, CancellationToken.None);
        LabelledSpan Span(string part, AttributionSpanKind kind) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length, kind);

        var joined = LearnedAttributionSieve.JoinInterruptedContents(context,
        [
            Span("“We will win,”", AttributionSpanKind.Content),
            Span("he", AttributionSpanKind.Source),
            Span("said", AttributionSpanKind.Cue),
            Span("“They will lose.”", AttributionSpanKind.Content),
        ]);

        Assert.Equal(2, joined.Count(s => s.Kind == AttributionSpanKind.Content));
    }

    [Fact]
    public void Default_options_keep_the_rules_alone()
    {
        var quote = QuoteFixture.Single("Maria Olsen said the pipeline would reopen in spring.");

        Assert.NotEqual(LearnedAttributionSieve.RuleName, quote.Rule);
    }

    [Fact]
    public void Split_reader_pairs_texts_with_their_first_annotator_and_counts_the_rest()
    {
        var folder = Directory.CreateTempSubdirectory("polnear-fixture").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "text"));
            Directory.CreateDirectory(Path.Combine(folder, "attributions"));
            File.WriteAllText(Path.Combine(folder, "text", "a.txt"), Sentences[0]);
            File.WriteAllText(Path.Combine(folder, "text", "b.txt"), Sentences[1]);
            File.WriteAllText(Path.Combine(folder, "attributions", "a_0001.ann"), AnnotationOf(Sentences[0]));
            File.WriteAllText(Path.Combine(folder, "attributions", "a_0002.ann"), "");

            var articles = PolnearSplitReader.Read(folder, out var missing);

            var article = Assert.Single(articles);
            Assert.Equal("a", article.Name);
            Assert.Equal(1, missing);
            var spans = PolnearSplitReader.SpansOf(article);
            Assert.Equal(["The mayor", "said", "the bridge will open in June"], spans.OrderBy(s => s.Start).Select(s => article.Text[s.Start..s.End]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Split_reader_on_a_missing_folder_returns_nothing()
    {
        var articles = PolnearSplitReader.Read(Path.Combine(Path.GetTempPath(), "no-such-polnear-" + Guid.NewGuid()), out var missing);

        Assert.Empty(articles);
        Assert.Equal(0, missing);
    }

    private static AttributionTagger TrainOnFixtures(int epochs)
    {
        var examples = Sentences.Select(s => new AttributionExample(QuoteFixture.Segment(s), SpansOf(s))).ToList();
        return AttributionTaggerTrainer.Train(examples, null, new AttributionTrainingOptions { Epochs = epochs, BucketBits = 14 }, null, CancellationToken.None);
    }

    // Every fixture sentence is "<source> <cue> [that] <content>." with a one-word cue after a two-word source.
    private static List<LabelledSpan> SpansOf(string sentence)
    {
        var words = sentence.TrimEnd('.').Split(' ');
        var cueStart = words[0].Length + 1 + words[1].Length + 1;
        var cueEnd = cueStart + words[2].Length;
        var contentStart = cueEnd + 1 + (words[3] == "that" ? 5 : 0);
        return
        [
            new LabelledSpan(0, cueStart - 1, AttributionSpanKind.Source),
            new LabelledSpan(cueStart, cueEnd, AttributionSpanKind.Cue),
            new LabelledSpan(contentStart, sentence.Length - 1, AttributionSpanKind.Content),
        ];
    }

    private static string AnnotationOf(string sentence)
    {
        var spans = SpansOf(sentence);
        return $"T1\tSource {spans[0].Start} {spans[0].End}\tx\nT2\tCue {spans[1].Start} {spans[1].End}\tx\nT3\tContent {spans[2].Start} {spans[2].End}\tx\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
    }
}
