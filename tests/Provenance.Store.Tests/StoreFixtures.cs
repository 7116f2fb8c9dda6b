using System.Collections.Immutable;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Store.Tests;

/// <summary>
/// Small documents written for these tests (invented outlets and people, sentences of our own), with layers
/// whose offsets are found in the text rather than typed by hand.
/// </summary>
internal static class StoreFixtures
{
    public const string AnalysisText =
        "Witkoff's peace plan met a cold reception in Kyiv.\n" +
        "A senior European diplomat told The Meridian Review that the 28-point draft \"reads like a list of Moscow's wishes.\"\n" +
        "Analysts expect talks to resume by early December, though few think a deal is likely before spring.";

    /// <summary>A commentary piece with every kind of layer, full metadata and extras.</summary>
    public static Document Analysis()
    {
        var text = AnalysisText;
        var metadata = new DocumentMetadata
        {
            Outlet = "The Meridian Review",
            Author = "Ilse Varga",
            Url = "https://meridian.example/analysis/peace-plan",
            Title = "A plan nobody in Kyiv asked for",
            Published = new DateOnly(2025, 11, 20),
            Kind = "analysis",
            Language = "en",
            Cluster = "peace-plan",
            SourcePath = "feeds/meridian.xml#item-7",
            ForwardedFrom = null,
            Extra = ImmutableSortedDictionary<string, string>.Empty.Add("feed_title", "Meridian — Analysis").Add("guid", "mr-2025-11-20-7"),
        };
        var document = new Document("meridian-2025-11-20", text, metadata);
        var lines = text.Split('\n');
        var blocks = new List<Block>();
        var at = 0;
        foreach (var line in lines)
        {
            blocks.Add(new Block(at, at + line.Length, line.StartsWith("A senior", StringComparison.Ordinal) ? Voice.Quoted : Voice.Author, Evidence: "test"));
            at += line.Length + 1;
        }

        var (qs, qe) = Find(text, "reads like a list of Moscow's wishes.");
        var (fs, fe) = Find(text, "talks to resume by early December");
        return document
            .With(Layers.Blocks, blocks)
            .With(Layers.Sentences, blocks.Select(b => new Sentence(b.Start, b.End)))
            .With(Layers.Quotes, [new Quote(qs, qe, QuoteKind.Direct, "A senior European diplomat", Anonymous: true, Cue: "told", Outlet: "The Meridian Review", Rule: "test")])
            .With(Layers.Entities,
            [
                Entity(text, "Witkoff", EntityType.Person, "Steve Witkoff"),
                Entity(text, "Kyiv", EntityType.GeopoliticalEntity, "Kyiv"),
                Entity(text, "The Meridian Review", EntityType.Organization, "The Meridian Review"),
                Entity(text, "Moscow", EntityType.GeopoliticalEntity, "Moscow"),
            ])
            .With(Layers.Timex,
            [
                new Timex(Find(text, "early December").Start, Find(text, "early December").End, TimexType.Date, "2025-12", "test"),
                new Timex(Find(text, "spring").Start, Find(text, "spring").End, TimexType.Date, "2026-SP"),
            ])
            .With(Layers.Citations, [new Citation(Find(text, "told The Meridian Review").Start, Find(text, "told The Meridian Review").End, CitationKind.Attribution, "The Meridian Review", null, Confidence: 0.8)])
            .With(Layers.Forecasts, [new Forecast(fs, fe, "Analysts", "talks resume", "2025-12", Certainty.Likely, "test")])
            .With(Layers.Roles, [new PersonRole(Find(text, "senior European diplomat").Start, Find(text, "senior European diplomat").End, "A senior European diplomat", "diplomat")]);
    }

    /// <summary>A channel post in Ukrainian with an emoji (a surrogate pair) before the annotated words.</summary>
    public static Document ChannelPost()
    {
        const string text = "🇺🇦 Зеленський зустрівся з делегацією у Києві.\nМосква мовчить.";
        var metadata = new DocumentMetadata
        {
            Outlet = "Kyiv Evening Channel",
            Published = new DateOnly(2025, 11, 22),
            Kind = "social",
            Language = "uk",
            ForwardedFrom = "Frontline Notes",
            Extra = ImmutableSortedDictionary<string, string>.Empty.Add("message_id", "4411"),
        };
        return new Document("kec-4411", text, metadata)
            .With(Layers.Entities,
            [
                Entity(text, "Зеленський", EntityType.Person, "Volodymyr Zelensky"),
                Entity(text, "Києві", EntityType.GeopoliticalEntity, "Kyiv"),
                Entity(text, "Москва", EntityType.GeopoliticalEntity, "Moscow"),
            ]);
    }

    /// <summary>A plain document: no metadata, no layers, id from its content hash.</summary>
    public static Document Plain(string text) => Document.FromText(text);

    /// <summary>A news item with one direct quote and the given published date.</summary>
    public static Document WithQuote(string id, string speaker, string quoted, DateOnly? published = null)
    {
        var text = $"{speaker} said on Tuesday: \"{quoted}\" The ministry gave no further comment.";
        var (start, end) = Find(text, quoted);
        return new Document(id, text, new DocumentMetadata { Outlet = "Wire Desk", Published = published })
            .With(Layers.Quotes, [new Quote(start, end, QuoteKind.Direct, speaker, Anonymous: false, Cue: "said", Outlet: null)]);
    }

    public static (int Start, int End) Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the fixture text.", nameof(part));
        }

        return (start, start + part.Length);
    }

    private static EntityMention Entity(string text, string name, EntityType type, string canonical)
    {
        var (start, end) = Find(text, name);
        return new EntityMention(start, end, type, canonical);
    }
}
