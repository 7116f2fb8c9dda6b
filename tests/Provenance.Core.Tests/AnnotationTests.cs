using Provenance.Core.Annotations;

namespace Provenance.Core.Tests;

/// <summary>Every annotation type checks <c>0 &lt;= Start &lt;= End</c> when it is constructed.</summary>
public sealed class AnnotationTests
{
    public static TheoryData<string, Func<int, int, IAnnotation>> Constructors => new()
    {
        { "block", (s, e) => new Block(s, e) },
        { "sentence", (s, e) => new Sentence(s, e) },
        { "token", (s, e) => new Token(s, e, TokenKind.Word) },
        { "markup", (s, e) => new MarkupSpan(s, e, MarkupKind.Link, "https://example.org") },
        { "quote", (s, e) => new Quote(s, e, QuoteKind.Direct, "Oleg Brandt", false, "said", null) },
        { "entity", (s, e) => new EntityMention(s, e, EntityType.Person, "Oleg Brandt") },
        { "role", (s, e) => new PersonRole(s, e, "Oleg Brandt", "negotiator") },
        { "timex", (s, e) => new Timex(s, e, TimexType.Date, "2025-11-20") },
        { "citation", (s, e) => new Citation(s, e, CitationKind.Parenthetical, "Kyiv Ledger", null) },
        { "forecast", (s, e) => new Forecast(s, e, "author", "talks resume", null, Certainty.Possible) },
    };

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Constructor_rejects_a_negative_start(string kind, Func<int, int, IAnnotation> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => create(-1, 4));

        Assert.True(error.ParamName == "start", $"{kind}: {error.ParamName}");
    }

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Constructor_rejects_an_end_before_the_start(string kind, Func<int, int, IAnnotation> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => create(5, 4));

        Assert.True(error.ParamName == "end", $"{kind}: {error.ParamName}");
    }

    [Theory]
    [MemberData(nameof(Constructors))]
    public void Constructor_accepts_an_empty_span(string kind, Func<int, int, IAnnotation> create)
    {
        var annotation = create(4, 4);

        Assert.True((annotation.Start, annotation.End) == (4, 4), kind);
    }

    [Theory]
    [InlineData(Certainty.Certain, 0.95)]
    [InlineData(Certainty.Likely, 0.75)]
    [InlineData(Certainty.Possible, 0.5)]
    [InlineData(Certainty.Unlikely, 0.25)]
    [InlineData(Certainty.Impossible, 0.05)]
    public void Certainties_map_to_the_guideline_probabilities(Certainty certainty, double probability)
    {
        Assert.Equal(probability, ForecastCertainty.Probability(certainty));
    }
}
