using System.Text;
using System.Text.RegularExpressions;

namespace Provenance.Time.Tests;

/// <summary>
/// Rules with an anchor run their pattern only near its hits; these tests hold that to finding exactly what the
/// plain pattern finds over the whole text, on long and awkward phrasings and on shuffled time words.
/// </summary>
public class AnchoredMatchingTests
{
    private const string Awkward =
        "Turnout stayed flat for no more than twenty-one and a half straight years of age, then for no more than a couple of and a half months.\n" +
        "Profit fell against the comparable year-ago first-quarter of next year, and the  comparable   year-ago\nfirst quarter of the group.\n" +
        "The vote is on Tuesday, at 10:30 a.m. local time; polls close at 9 pm ET Thursday and at noon on Nov. 9, or 5 p.m. EST, Nov. 9.\n" +
        "In nineteen ninety-six, the year two thousand and twenty-one, January nineteen oh-five, since two  thousand and one.\n" +
        "More than three -  - years later, some 40 years ago, a week from now, two days before the vote, several months on.\n" +
        "Over the past few years, in the coming months, the weeks ahead, decades of war, the autumn of 2005, early-winter 2022-23.\n" +
        "Q3 2025, H1-2024, the 1988 third quarter, three quarters of the vote, a second round, 50 years old, a 28-year-old, 5 years-long.\n" +
        "Earlier this past  week or so, last Friday night, the early summer of 2024, the mid-1990s, early-June, of this year, right now-ish.\n" +
        "In the recent past few weeks, for the foreseeable\nfuture, over the short term, at the   moment, these days, and just now.";

    public static TheoryData<string> AnchoredRules()
    {
        var names = new TheoryData<string>();
        foreach (var rule in AllRules().Where(r => r.Anchor is not null))
        {
            names.Add(rule.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(AnchoredRules))]
    public void Anchored_rule_finds_exactly_the_plain_pattern_matches_on_awkward_phrasings(string name)
    {
        foreach (var rule in AllRules().Where(r => r.Name == name && r.Anchor is not null))
        {
            Assert.Equal(Describe(rule.Pattern.Matches(Awkward)), Describe(rule.Matches(Awkward)));
        }
    }

    [Theory]
    [MemberData(nameof(AnchoredRules))]
    public void Anchored_rule_finds_exactly_the_plain_pattern_matches_on_shuffled_time_words(string name)
    {
        var text = ShuffledTimeWords(seed: name.Length * 7919, words: 40_000);
        foreach (var rule in AllRules().Where(r => r.Name == name && r.Anchor is not null))
        {
            var plain = Describe(rule.Pattern.Matches(text));
            Assert.NotEmpty(plain);
            Assert.Equal(plain, Describe(rule.Matches(text)));
        }
    }

    [Fact]
    public void Rule_without_anchor_matches_like_its_pattern()
    {
        var rule = new TimexRule("test.year", @"\b[0-9]{4}\b", (_, _) => null);
        Assert.Null(rule.Anchor);
        Assert.Equal(["1998@3", "2001@12"], Describe(rule.Matches("In 1998 and 2001.")).Select(d => d.Split(' ')[0]));
    }

    [Fact]
    public void Anchor_bounds_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimexAnchor(new Regex("x"), 3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimexAnchor(new Regex("x"), -1, 2));
    }

    private static IEnumerable<TimexRule> AllRules() => TimexRuleSet.Default.Concat(TimexRuleSet.TimeBank).Distinct();

    /// <summary>Each match as "value@index" and every successful group's name, index and length.</summary>
    private static List<string> Describe(IEnumerable<Match> matches) =>
        matches.Select(m => $"{m.Value}@{m.Index} " + string.Join(' ', m.Groups.Cast<Group>().Where(g => g.Success).Select(g => $"{g.Name}={g.Index}:{g.Length}"))).ToList();

    /// <summary>Time words, numbers and cue words in random order, joined by spaces, runs of blanks, line breaks, dashes and commas.</summary>
    private static string ShuffledTimeWords(int seed, int words)
    {
        string[] vocabulary =
        [
            "the", "a", "an", "of", "in", "for", "on", "at", "by", "no", "more", "than", "about", "some", "just", "over", "and", "half",
            "three", "twenty", "one", "two", "thousand", "nineteen", "ninety", "oh", "five", "couple", "few", "several", "many", "dozen",
            "3", "12", "40", "1/2", "2.5", "10:30", "9", "1998", "2005", "2022-23", "1990s", "’90s", "Q3", "H1", "Q5",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
            "hour", "hours", "minute", "second", "quarter", "quarters", "straight", "long", "full", "old", "olds", "age",
            "ago", "later", "earlier", "before", "after", "from", "now", "hence", "ahead", "coming", "past", "last", "next", "this",
            "first", "third", "fourth", "final", "year-ago", "comparable", "year-earlier",
            "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid",
            "a.m.", "pm", "PM", "ET", "local", "time", "noon", "midnight", "Tuesday", "Friday", "today", "tomorrow", "Nov.", "January", "9th",
            "now", "right", "currently", "these", "moment", "present", "previously", "recently", "soon", "future", "near", "term",
            "short", "distant", "recent", "Earlier", "said", "vote", "war", "talks", "he", "it", "ending",
        ];
        string[] separators = [" ", " ", " ", " ", "  ", "\n", " \n ", "-", " - ", "—", ", ", ",", "\t", "\u00A0"];
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(vocabulary[random.Next(vocabulary.Length)]).Append(separators[random.Next(separators.Length)]);
        }

        return text.ToString();
    }
}
