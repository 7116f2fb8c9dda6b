using Provenance.Core.Annotations;
using Provenance.Time.Evaluation;

namespace Provenance.Time.Tests;

public class TempEvalReaderTests
{
    private const string TimeMl = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST_1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TEXT>The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-18">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3H">three hours</TIMEX3> &amp; voted.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_strips_tags_and_keeps_timex_offsets_into_the_plain_text()
    {
        Assert.True(TempEvalReader.TryParse("fallback", TimeMl, out var document, out var error), error);
        Assert.Equal("TEST_1", document.Id);
        Assert.Equal(new DateOnly(2013, 3, 22), document.CreationTime);
        Assert.Equal("The council met Monday for three hours & voted.", document.Text);
        Assert.Equal(["Monday", "three hours"], document.Gold.Select(g => document.Text[g.Start..g.End]));
        Assert.Equal(["2013-03-18", "P3H"], document.Gold.Select(g => g.Value));
    }

    [Fact]
    public void Reader_reports_malformed_files_instead_of_throwing()
    {
        Assert.False(TempEvalReader.TryParse("bad", "<TimeML><TEXT>unclosed", out _, out var error));
        Assert.Contains("well-formed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorer_counts_strict_relaxed_and_value_matches()
    {
        Assert.True(TempEvalReader.TryParse("x", TimeMl, out var document, out _));
        var monday = document.Text.IndexOf("Monday", StringComparison.Ordinal);
        var hours = document.Text.IndexOf("three hours", StringComparison.Ordinal);
        var predicted = new[]
        {
            new Timex(monday, monday + 6, TimexType.Date, "2013-03-18"),
            new Timex(hours - 4, hours + 11, TimexType.Duration, "PT3H"),
            new Timex(0, 3, TimexType.Date, "PRESENT_REF"),
        };

        var (strict, relaxed, value, type, errors) = TempEvalScorer.ScoreDocument(document, predicted);
        Assert.Equal(1, strict);
        Assert.Equal(2, relaxed);
        Assert.Equal(1, value);
        Assert.Equal(2, type);
        Assert.Contains(errors, e => e.Kind == TempEvalErrorKind.Spurious && e.PredictedText == "The");
        Assert.Contains(errors, e => e.Kind == TempEvalErrorKind.WrongValue && e.GoldValue == "P3H");
    }

    [Fact]
    public void Value_f1_is_relaxed_f1_times_value_accuracy()
    {
        var score = new TempEvalScore(1, Gold: 10, Predicted: 8, StrictMatches: 6, RelaxedMatches: 8, ValueCorrect: 6, TypeCorrect: 8, [], []);
        Assert.Equal(2 * 1.0 * 0.8 / 1.8, score.RelaxedF1, 6);
        Assert.Equal(score.RelaxedF1 * 0.75, score.ValueF1, 6);
    }
}
