using Provenance.Eval.Tests.Support;
using Provenance.Eval.Text;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Odd but well-formed input is scored, not thrown at.</summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("\0\u0001\u001F\u007F")]   // control characters
    [InlineData("\u0301\u0308 Brandt")]    // combining marks with no base
    [InlineData("\u200B\u200D\uFEFF")]     // zero-width characters
    [InlineData("🙂🙂 The  \t\n Kremlin’s")]
    public void Normalizing_odd_strings_does_not_throw(string value)
    {
        var normalized = NameMatching.Normalize(value);

        Assert.DoesNotContain("  ", normalized);
        Assert.Equal(normalized.Trim(), normalized);
        Assert.True(NameMatching.SameName(value, value));
    }

    // Built in code: a lone surrogate in an attribute argument does not survive compilation (it becomes U+FFFD bytes).
    [Fact]
    public void Normalizing_lone_surrogates_does_not_throw()
    {
        var highFirst = '\uD800' + " Brandt";
        var lowLast = "Brandt " + '\uDC00';

        Assert.Equal("brandt", NameMatching.Normalize(highFirst));
        Assert.Equal("brandt", NameMatching.Normalize(lowLast));
        Assert.True(NameMatching.SameName(highFirst, lowLast));
    }

    [Fact]
    public void Normalizing_a_long_string_keeps_every_word()
    {
        var value = string.Concat(Enumerable.Repeat("Oleg Brandt, ", 20_000));

        Assert.Equal(40_000, NameMatching.Normalize(value).Split(' ').Length);
    }

    [Fact]
    public void Predictions_with_inverted_negative_or_far_offsets_score_without_error()
    {
        var memo = new Fixture("memo", "Brandt said talks would resume.");
        var gold = memo.Gold(("quotes", [memo.Span("talks would resume")]), ("blocks", [memo.Span("Brandt said talks would resume.", ("voice", "author"))]));
        var prediction = Fixture.Prediction(
            ("quotes", [Fixture.Record(20, 12, "x"), Fixture.Record(-5, -1, null), Fixture.Record(5000, 6000, "")]),
            ("blocks", [Fixture.Record(40, 10, null, ("voice", "author"))]));

        var score = Score(gold, prediction);

        Assert.Equal((0, 3, 1), (score["quotes"]["relaxed"].TruePositives, score["quotes"]["relaxed"].Predicted, score["quotes"]["relaxed"].Gold));
        Assert.Equal(0, score["blocks"]["voice"].TruePositives);
    }
}
