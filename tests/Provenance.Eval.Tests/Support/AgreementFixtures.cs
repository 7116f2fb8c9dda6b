using System.Text.Json.Nodes;

namespace Provenance.Eval.Tests.Support;

/// <summary>
/// Gold and prediction files for the score.py agreement test, each made to exercise one rule: tie-breaking,
/// trimming, types, descriptors, names with accents and compatibility characters, blocks, roles, empty and
/// absent layers, a missing prediction file, layers at the top level.
/// </summary>
internal static class AgreementFixtures
{
    public static IEnumerable<(string Id, string Gold, string? Prediction)> All()
    {
        var talks = new Fixture("ties", "Talks resume in Geneva next week, officials in Kyiv and Berlin said on Monday.");
        yield return (talks.Id,
            talks.Gold(("quotes", [talks.At(0, 10, ("speaker", "Anna Marchenko")), talks.At(5, 15, ("speaker", "Oleg Brandt")), talks.At(8, 30, ("kind", "indirect"))])),
            Fixture.Prediction(("quotes", [talks.At(5, 10, ("speaker", "Brandt")), talks.At(5, 25, ("kind", "indirect")), talks.At(0, 9, ("kind", "direct"))])));

        var promise = new Fixture("trim", "Marchenko said: “We will not trade territory for promises,” and left… (Meridian News, May 2).");
        yield return (promise.Id,
            promise.Gold(
                ("quotes", [promise.Span("“We will not trade territory for promises,”", ("kind", "direct"), ("speaker", "Anna Marchenko"), ("anonymous", false), ("outlet", null))]),
                ("citations", [promise.Span("Meridian News, May 2", ("outlet", "Meridian News"), ("date", "2026-05-02"))])),
            Fixture.Prediction(
                ("quotes", [promise.Span("We will not trade territory for promises", ("kind", "direct"), ("speaker", "MARCHENKO")), promise.Span("left…", ("speaker", null))]),
                ("citations", [promise.Span("(Meridian News, May 2)", ("outlet", "the Meridian News"), ("date", "2026-05-02"))])));

        var geneva = new Fixture("types", "Ukrainian Foreign Minister Théo Durand met Oleg Brandt of ＮＡＴＯ in Geneva on Monday. Durand later flew to Brussels.");
        yield return (geneva.Id,
            geneva.Gold(
                ("entities",
                [
                    geneva.Span("Théo Durand", ("type", "PERSON"), ("entity", "Théo Durand")),
                    geneva.Span("Oleg Brandt", ("type", "PERSON"), ("entity", "Oleg Brandt")),
                    geneva.Span("ＮＡＴＯ", ("type", "ORG"), ("entity", "NATO")),
                    geneva.Span("Geneva", ("type", "GPE"), ("entity", "Geneva")),
                    geneva.Span("Durand later", ("type", "PERSON"), ("entity", "Théo Durand")),
                    geneva.Span("Brussels", ("type", "GPE"), ("entity", "Brussels")),
                ]),
                ("roles", [Fixture.Role("Théo Durand", "Ukrainian Foreign Minister"), Fixture.Role("Théo Durand", "minister")]),
                ("timex", [geneva.Span("Monday", ("type", "DATE"), ("value", "2025-11-17"))])),
            Fixture.Prediction(
                ("entities",
                [
                    geneva.Span("Ukrainian", ("type", "GPE"), ("entity", "Ukraine")),
                    geneva.Span("Théo Durand", ("type", "PERSON"), ("entity", "The\u0301o Durand")),
                    geneva.Span("Oleg Brandt", ("type", "ORG"), ("entity", "Oleg Brandt")),
                    geneva.Span("ＮＡＴＯ", ("type", "ORG"), ("entity", null)),
                    geneva.Span("Geneva", ("type", "LOC"), ("entity", "Geneva")),
                    geneva.Span("Durand", 1, ("type", "PERSON")),
                    geneva.Span("Brussels", ("type", "GPE"), ("entity", "Belgium")),
                ]),
                ("roles", [Fixture.Role("Durand", "foreign minister"), Fixture.Role("Théo Durand", "minister")]),
                ("timex", [geneva.Span("on Monday", ("type", "DATE"), ("value", "2025-w47-1"))])));

        var corridor = new Fixture(
            "speakers",
            "“The corridor will open on Friday,” Marchenko told Meridian News. Brandt said the schedule was under review. " +
            "A senior U.S. official told the Kyiv Ledger that a draft existed. Sources said the draft was long.");
        yield return (corridor.Id,
            corridor.Gold(("quotes",
            [
                corridor.Span("The corridor will open on Friday,", ("kind", "direct"), ("speaker", "Anna Marchenko"), ("anonymous", false), ("outlet", "Meridian News")),
                corridor.Span("the schedule was under review", ("kind", "indirect"), ("speaker", "Oleg Brandt"), ("anonymous", false), ("outlet", null)),
                corridor.Span("a draft existed", ("kind", "indirect"), ("speaker", "a senior U.S. official"), ("anonymous", true), ("outlet", "Kyiv Ledger")),
                corridor.Span("the draft was long", ("kind", "indirect"), ("speaker", "sources"), ("anonymous", true), ("outlet", null)),
            ])),
            new JsonObject
            {
                // Layers at the top level, as score.py also accepts.
                ["quotes"] = new JsonArray(
                    corridor.Span("The corridor will open on Friday", ("kind", "direct"), ("speaker", "Marchenko’s"), ("outlet", "Meridian News")),
                    corridor.Span("Brandt said the schedule was under review", ("kind", "mixed"), ("speaker", "Brandt")),
                    corridor.Span("a draft existed", ("kind", "indirect"), ("speaker", "official"), ("anonymous", true), ("outlet", "the Kyiv Ledger")),
                    corridor.Span("the draft was long", ("kind", "indirect"), ("speaker", "sources familiar with the talks")),
                    corridor.Span("Marchenko told Meridian News", ("kind", "indirect"), ("speaker", "Meridian News"))),
            }.ToJsonString());

        const string p0 = "Here is what the draft says, according to Meridian News:";
        const string p1 = "The plan would freeze the front line and lift some sanctions within a year.";
        const string p2 = "Negotiators expect a first meeting in Geneva before the holidays.";
        const string p3 = "Forwarded from a Telegram channel: the convoy has already left.";
        var post = new Fixture("blocks", string.Join("\n", p0, p1, p2, p3));
        int Start(string p) => post.Text.IndexOf(p, StringComparison.Ordinal);
        yield return (post.Id,
            post.Gold(("blocks",
            [
                post.Span(p0, ("voice", "author"), ("source", null)),
                post.Span(p1, ("voice", "quoted"), ("source", "Meridian News")),
                post.Span(p2, ("voice", "quoted"), ("source", "Kyiv Ledger")),
                post.Span(p3, ("voice", "quoted"), ("source", null)),
            ])),
            Fixture.Prediction(("blocks",
            [
                post.At(Start(p0), Start(p1) + 5, ("voice", "author")),
                post.At(Start(p1) + 5, Start(p1) + p1.Length, ("voice", "quoted"), ("source", "MERIDIAN")),
                post.At(Start(p2), Start(p2) + 10, ("voice", "author")),
                post.At(Start(p2) + p2.Length - 10, Start(p3) + p3.Length, ("voice", "quoted"), ("source", "The Sunday Kyiv Ledger")),
            ])));

        // Names in Cyrillic and Turkish, compared across capitalisation. "İ" lowers to "i" plus a combining dot,
        // which score.py's \w splits off, so the role "İstanbul mayor" has three words, not two.
        var scripts = new Fixture(
            "scripts",
            "«Переговоры возможны», — заявил Дмитрий Песков агентству ТАСС. İstanbul mayor Ekrem İmamoğlu said the ﬁnance " +
            "ministry had not replied, according to Süddeutsche Zeitung.");
        yield return (scripts.Id,
            scripts.Gold(
                ("quotes", [scripts.Span("Переговоры возможны", ("kind", "direct"), ("speaker", "Дмитрий Песков"), ("anonymous", false), ("outlet", "ТАСС"))]),
                ("entities",
                [
                    scripts.Span("Дмитрий Песков", ("type", "PERSON"), ("entity", "Дмитрий Песков")),
                    scripts.Span("ТАСС", ("type", "ORG"), ("entity", "ТАСС")),
                    scripts.Span("İstanbul", ("type", "GPE"), ("entity", "İstanbul")),
                    scripts.Span("Ekrem İmamoğlu", ("type", "PERSON"), ("entity", "Ekrem İmamoğlu")),
                    scripts.Span("ﬁnance ministry", ("type", "ORG"), ("entity", "finance ministry")),
                    scripts.Span("Süddeutsche Zeitung", ("type", "ORG"), ("entity", "Süddeutsche Zeitung")),
                ]),
                ("roles", [Fixture.Role("Ekrem İmamoğlu", "İstanbul mayor"), Fixture.Role("Дмитрий Песков", "пресс-секретарь Кремля")]),
                ("citations", [scripts.Span("according to Süddeutsche Zeitung", ("outlet", "Süddeutsche Zeitung"), ("date", null))])),
            Fixture.Prediction(
                ("quotes", [scripts.Span("«Переговоры возможны»", ("kind", "direct"), ("speaker", "ПЕСКОВ"), ("outlet", "тасс"))]),
                ("entities",
                [
                    scripts.Span("Дмитрий Песков", ("type", "PERSON"), ("entity", "Пескова")),
                    scripts.Span("ТАСС", ("type", "ORG"), ("entity", "ＴＡＳＳ")),
                    scripts.Span("İstanbul", ("type", "GPE"), ("entity", "Istanbul")),
                    scripts.Span("Ekrem İmamoğlu", ("type", "PERSON"), ("entity", "İMAMOĞLU")),
                    scripts.Span("ﬁnance ministry", ("type", "ORG"), ("entity", null)),
                    scripts.Span("Süddeutsche Zeitung", ("type", "ORG"), ("entity", "SÜDDEUTSCHE ZEITUNG’s")),
                ]),
                ("roles", [Fixture.Role("İmamoğlu", "mayor"), Fixture.Role("ПЕСКОВ", "Пресс-секретарь кремля")]),
                ("citations", [scripts.Span("Süddeutsche Zeitung", ("outlet", "the Süddeutsche"), ("date", null))])));

        var empty = new Fixture("empty", "Nothing here is a forecast.");
        yield return (empty.Id,
            empty.Gold(("forecasts", []), ("quotes", []), ("citations", [empty.Span("Nothing", ("outlet", null), ("date", null))])),
            Fixture.Prediction(("forecasts", [empty.Span("is a forecast", ("holder", "author"), ("certainty", "likely"))]), ("citations", [])));

        var unpredicted = new Fixture("unpredicted", "Brandt expects the corridor to open by Friday.");
        yield return (unpredicted.Id,
            unpredicted.Gold(("forecasts", [unpredicted.Span("the corridor to open by Friday", ("holder", "Oleg Brandt"), ("horizon", "2025-11-21"), ("certainty", "likely"))])),
            null);
    }

    private static JsonObject Span(this Fixture fixture, string words, int occurrence, params (string Name, object? Value)[] fields) =>
        fixture.SpanAt(words, occurrence, fields);
}
