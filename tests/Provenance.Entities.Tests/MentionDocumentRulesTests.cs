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
