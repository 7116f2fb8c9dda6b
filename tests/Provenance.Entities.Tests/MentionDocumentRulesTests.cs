using Provenance.Core.Annotations;

namespace Provenance.Entities.Tests;

public class MentionDocumentRulesTests
{
    [Theory]
    [InlineData("Kremlin", EntityType.GeopoliticalEntity, EntityType.Organization)]
    [InlineData("White House", EntityType.GeopoliticalEntity, EntityType.Organization)]
    [InlineData("US", EntityType.Organization, EntityType.GeopoliticalEntity)]
    [InlineData("Reuters", EntityType.Person, EntityType.Organization)]
    public void Lists_retype_exact_names(string name, EntityType tagged, EntityType expected)
    {
        var listed = MentionDocumentRules.TypeFromLists(name.Split(' '), tagged, Gazetteers.Default);

        Assert.Equal(expected, listed?.Type);
    }

    [Fact]
    public void Unlisted_names_keep_the_tagger_type()
    {
        Assert.Null(MentionDocumentRules.TypeFromLists(["Zorvath", "Industries"], EntityType.Organization, Gazetteers.Default));
    }

    [Fact]
    public void Heading_mentions_need_confirmation_from_ordinary_sentences()
    {
        IReadOnlyList<string>[] sentences =
        [
            "Sanctions Reshape Trade Across Norway".Split(' '),
            "Officials in Norway said exports fell sharply .".Split(' '),
        ];
        var casing = new DocumentCasing(sentences);

        Assert.True(casing.IsTitleLikeSentence(0));
        Assert.False(casing.IsTitleLikeSentence(1));
        Assert.True(MentionDocumentRules.IsTrustedInTitleLine(["Norway"], casing, Gazetteers.Default));
        Assert.False(MentionDocumentRules.IsTrustedInTitleLine(["Sanctions", "Reshape"], casing, Gazetteers.Default));
    }

    [Fact]
    public void Shouted_common_words_are_not_names_but_acronyms_are()
    {
        IReadOnlyList<string>[] sentences = ["READ MORE".Split(' '), "NATO wants more troops .".Split(' ')];
        var casing = new DocumentCasing(sentences);

        Assert.True(MentionDocumentRules.IsShoutedCommonWord(["MORE"], casing));
        Assert.False(MentionDocumentRules.IsShoutedCommonWord(["NATO"], casing));
    }

    [Theory]
    [InlineData("Fri", true)]
    [InlineData("Sun Dec", true)]
    [InlineData("Sept.", true)]
    [InlineData("Theresa May", false)]
    [InlineData("Friday Harbor Bank", false)]
    public void Calendar_words_are_recognised(string name, bool expected)
    {
        Assert.Equal(expected, MentionDocumentRules.IsCalendarWord(name.Split(' ')));
    }

    [Fact]
    public void Most_common_type_wins_for_the_same_name()
    {
        string[] words = ["Rossel", "said", "Rossel", "left", "Rossel", "."];
        var candidates = new List<MentionCandidate>
        {
            new(0, 1, EntityType.Person, "tagger"),
            new(2, 3, EntityType.GeopoliticalEntity, "tagger"),
            new(4, 5, EntityType.Person, "tagger"),
        };

        MentionDocumentRules.MajorityType(candidates, words);

        Assert.All(candidates, c => Assert.Equal(EntityType.Person, c.Type));
        Assert.EndsWith("+majority", candidates[1].Rule);
    }

    [Fact]
    public void Surname_of_a_person_named_in_the_document_is_a_person()
    {
        string[] words = ["Ivo", "Kasek", "arrived", ".", "Kasek", "spoke", "."];
        var candidates = new List<MentionCandidate>
        {
            new(0, 2, EntityType.Person, "tagger"),
            new(4, 5, EntityType.Organization, "tagger"),
        };

        MentionDocumentRules.PersonBySurname(candidates, words);

        Assert.Equal(EntityType.Person, candidates[1].Type);
    }

    [Theory]
    [InlineData("tagger:org-list", EntityType.Person)]
    [InlineData("tagger:gpe-list", EntityType.GeopoliticalEntity)]
    public void Surname_that_is_also_a_company_name_stays_the_person_but_a_listed_place_stays_a_place(string rule, EntityType expected)
    {
        string[] words = ["Mara", "Ford", "testified", ".", "Ford", "wept", "."];
        var candidates = new List<MentionCandidate>
        {
            new(0, 2, EntityType.Person, "tagger"),
            new(4, 5, rule.EndsWith("org-list", StringComparison.Ordinal) ? EntityType.Organization : EntityType.GeopoliticalEntity, rule),
        };

        MentionDocumentRules.PersonBySurname(candidates, words);

        Assert.Equal(expected, candidates[1].Type);
    }

    [Fact]
    public void Listed_organisation_phrase_replaces_the_pieces_the_tagger_found()
    {
        string[] words = ["Analysts", "at", "the", "Institute", "for", "the", "Study", "of", "War", "said", "."];
        var candidates = new List<MentionCandidate>
        {
            new(3, 4, EntityType.Organization, "tagger"),
            new(6, 9, EntityType.GeopoliticalEntity, "tagger"),
        };

        MentionDocumentRules.ListedOrganisations(candidates, words, 0, words.Length, Gazetteers.Default);

        var only = Assert.Single(candidates);
        Assert.Equal((3, 9, EntityType.Organization), (only.FirstToken, only.EndToken, only.Type));
    }
}

public class RepeatedNameRulesTests
{
    [Theory]
    [InlineData("Russia-Ukraine", new[] { "Russia", "Ukraine" })]
    [InlineData("U.S.-Russia", new[] { "U.S.", "Russia" })]
    [InlineData("Franco-German", new string[0])]
    [InlineData("Russia", new string[0])]
    [InlineData("so-called", new string[0])]
    public void Hyphenated_place_pairs_give_each_place(string token, string[] expected)
    {
        var parts = MentionDocumentRules.HyphenatedPlaces(token, Gazetteers.Default);

        Assert.Equal(expected, parts.Select(p => token[p.Start..p.End]));
    }

    [Fact]
    public void Surname_the_tagger_missed_is_added_when_the_full_name_is_known()
    {
        string[] words = ["Ivo", "Kasek", "arrived", ".", "The", "Kasek", "government", "fell", "."];
        var candidates = new List<MentionCandidate> { new(0, 2, EntityType.Person, "tagger") };
        (int, int)[] sentences = [(0, 4), (4, 9)];
        var casing = new DocumentCasing([words[0..4], words[4..9]]);

        MentionDocumentRules.RepeatedNames(candidates, words, sentences, casing, Gazetteers.Default);

        Assert.Equal([(0, 2), (5, 6)], candidates.Select(c => (c.FirstToken, c.EndToken)));
        Assert.Equal(EntityType.Person, candidates[1].Type);
    }

    [Fact]
    public void Listed_country_in_a_heading_is_added()
    {
        string[] words = ["Protests", "Spread", "Across", "Georgia", "Tonight"];
        var candidates = new List<MentionCandidate>();
        var casing = new DocumentCasing([words]);

        MentionDocumentRules.RepeatedNames(candidates, words, [(0, 5)], casing, Gazetteers.Default);

        var only = Assert.Single(candidates);
        Assert.Equal((3, EntityType.GeopoliticalEntity), (only.FirstToken, only.Type));
    }
}
