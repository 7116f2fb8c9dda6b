using Provenance.Core.Annotations;

namespace Provenance.Entities.Tests;

public class MentionSpanRulesTests
{
    private static string Span(string[] words, MentionCandidate? candidate) =>
        candidate is { } c ? string.Join(' ', words[c.FirstToken..c.EndToken]) : "(none)";

    [Theory]
    [InlineData("President Vladimir Putin", "Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin", "Vladimir Putin")]
    [InlineData("envoy Steve Witkoff", "Steve Witkoff")]
    [InlineData("Defense Minister Boris Pistorius", "Boris Pistorius")]
    [InlineData("Dr. Jane Goodall", "Jane Goodall")]
    [InlineData("President", "President")]
    public void Leading_titles_leave_person_spans(string span, string expected)
    {
        var words = span.Split(' ');
        var candidate = new MentionCandidate(0, words.Length, EntityType.Person, "tagger");

        Assert.Equal(expected, Span(words, MentionSpanRules.TrimLeadingTitles(candidate, words, Gazetteers.Default)));
    }

    [Fact]
    public void Titles_are_kept_in_organisation_names()
    {
        var words = "Minister of Defence".Split(' ');
        var candidate = new MentionCandidate(0, words.Length, EntityType.Organization, "tagger");

        Assert.Equal("Minister of Defence", Span(words, MentionSpanRules.TrimLeadingTitles(candidate, words, Gazetteers.Default)));
    }

    [Theory]
    [InlineData(new[] { "Dmitriev", "’s" }, "Dmitriev")]
    [InlineData(new[] { "Kirill", "Dmitriev", "'s" }, "Kirill Dmitriev")]
    [InlineData(new[] { "Witkoff" }, "Witkoff")]
    [InlineData(new[] { "'s" }, "(none)")]
    public void Possessive_endings_are_dropped(string[] words, string expected)
    {
        var candidate = new MentionCandidate(0, words.Length, EntityType.Person, "tagger");

        Assert.Equal(expected, Span(words, MentionSpanRules.TrimPossessive(candidate, words)));
    }

    [Fact]
    public void Quotes_around_a_name_are_not_part_of_it()
    {
        string[] words = ["“", "Gazprom", "”"];
        var candidate = new MentionCandidate(0, 3, EntityType.Organization, "tagger");

        Assert.Equal("Gazprom", Span(words, MentionSpanRules.TrimPunctuation(candidate, words)));
    }

    [Theory]
    [InlineData("Europe", EntityType.Location)]
    [InlineData("Black Sea", EntityType.Location)]
    [InlineData("North Caucasus", EntityType.Location)]
    [InlineData("Dnieper River", EntityType.Location)]
    [InlineData("Ukraine", EntityType.GeopoliticalEntity)]
    [InlineData("Alaska", EntityType.GeopoliticalEntity)]
    [InlineData("Miami", EntityType.GeopoliticalEntity)]
    [InlineData("Zhytomyrshchyna", EntityType.GeopoliticalEntity)]
    public void Places_split_into_gpe_and_loc(string name, EntityType expected)
    {
        Assert.Equal(expected, PlaceTypeRule.Classify(name.Split(' '), Gazetteers.Default).Type);
    }
}
