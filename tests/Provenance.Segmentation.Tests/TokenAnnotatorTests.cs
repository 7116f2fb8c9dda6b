using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

public class TokenAnnotatorTests
{
    [Fact]
    public void News_sentence_keeps_abbreviations_and_splits_the_final_period()
    {
        Assert.Equal(
            "U.S. | officials | said | on | Oct. | 24 | that | Dr. | Ivan | Petrov | had | left | .",
            Segment.Tokens("U.S. officials said on Oct. 24 that Dr. Ivan Petrov had left."));
    }

    [Theory]
    [InlineData("Don't say it's over.", "Do | n't | say | it | 's | over | .")]
    [InlineData("We can't and won\u2019t.", "We | ca | n't | and | wo | n\u2019t | .")]
    [InlineData("Putin's aide met Putin\u2019s envoy and Zelenskyy's adviser.", "Putin | 's | aide | met | Putin | \u2019s | envoy | and | Zelenskyy | 's | adviser | .")]
    [InlineData("They're sure we'll win, I'm told, and he'd agree; they've said so.", "They | 're | sure | we | 'll | win | , | I | 'm | told | , | and | he | 'd | agree | ; | they | 've | said | so | .")]
    [InlineData("PUTIN\u2019S PLAN", "PUTIN | \u2019S | PLAN")]
    [InlineData("O'Brien met y'all in Côte d'Ivoire.", "O'Brien | met | y'all | in | Côte | d'Ivoire | .")]
    [InlineData("The officials\u2019 plans leaked.", "The | officials | \u2019 | plans | leaked | .")]
    [InlineData("\u2018secretly\u2019 working", "\u2018 | secretly | \u2019 | working")]
    public void Contractions_and_possessives_split_as_in_the_penn_treebank(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Theory]
    [InlineData("the 28-point plan, a so-called framework", "the | 28-point | plan | , | a | so-called | framework")]
    [InlineData("U.S.-Russia ties and the U.K.-led push", "U.S.-Russia | ties | and | the | U.K.-led | push")]
    [InlineData("a 10-year-old F-16 and COVID-19", "a | 10-year-old | F-16 | and | COVID-19")]
    [InlineData("Russia\u2013Ukraine talks", "Russia | \u2013 | Ukraine | talks")]
    [InlineData("so - called", "so | - | called")]
    public void Hyphens_join_compound_words_but_dashes_do_not(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Theory]
    [InlineData("It ended.", "It | ended | .")]
    [InlineData("It happened in the U.S.", "It | happened | in | the | U.S.")]
    [InlineData("Acme Inc. fell.", "Acme | Inc. | fell | .")]
    [InlineData("They chose Plan B.", "They | chose | Plan | B | .")]
    [InlineData("John F. Kennedy spoke.", "John | F. | Kennedy | spoke | .")]
    [InlineData("at 10 a.m. today, e.g. now", "at | 10 | a.m. | today | , | e.g. | now")]
    [InlineData("\u201CHe left the U.S.\u201D", "\u201C | He | left | the | U.S. | \u201D")]
    [InlineData("Lt.Gen. Ivanov", "Lt.Gen. | Ivanov")]
    [InlineData("the approx. figure", "the | approx. | figure")]
    [InlineData("the unknown abbr. stays apart", "the | unknown | abbr | . | stays | apart")]
    [InlineData("No. 10 said \"No.\"", "No. | 10 | said | \" | No | . | \"")]
    [InlineData("see Fig. 3 and p. 12", "see | Fig. | 3 | and | p. | 12")]
    public void Period_stays_with_abbreviations_only(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Theory]
    [InlineData("Ukraine holds 14.5% of Donbas.", "Ukraine | holds | 14.5 | % | of | Donbas | .")]
    [InlineData("3,000 troops and $3.2 billion", "3,000 | troops | and | $ | 3.2 | billion")]
    [InlineData("1,234,567.89 or 1,2,3", "1,234,567.89 | or | 1 | , | 2 | , | 3")]
    [InlineData("the 24th round in the 1990s, 1st and 2nd", "the | 24th | round | in | the | 1990s | , | 1st | and | 2nd")]
    [InlineData("at 10:30 on 2025-11-18", "at | 10:30 | on | 2025-11-18")]
    [InlineData("Miami from Oct. 24-26.", "Miami | from | Oct. | 24 | - | 26 | .")]
    [InlineData("in 2028\u201329", "in | 2028 | \u2013 | 29")]
    [InlineData("\u20AC40bn and \u00A35", "\u20AC | 40bn | and | \u00A3 | 5")]
    [InlineData("look like.1 Next", "look | like | . | 1 | Next")]
    public void Numbers_keep_decimals_and_separators_and_split_percent_currency_and_ranges(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Fact]
    public void Number_ranges_stay_whole_when_the_option_says_so()
    {
        Assert.Equal(
            "Miami | from | Oct. | 24-26 | .",
            Segment.Tokens("Miami from Oct. 24-26.", new TokenOptions { SplitNumberRanges = false }));
    }

    [Theory]
    [InlineData("See https://example.com/news/plan?id=28&x=1.", "See | https://example.com/news/plan?id=28&x=1 | .")]
    [InlineData("(https://en.example.org/wiki/Plan_(2025))", "( | https://en.example.org/wiki/Plan_(2025) | )")]
    [InlineData("Visit www.example.com, then leave", "Visit | www.example.com | , | then | leave")]
    [InlineData("Write to desk@example.org or @newsdesk #Ukraine", "Write | to | desk@example.org | or | @newsdesk | #Ukraine")]
    [InlineData("Read more (rt.com) and (Kremlin.ru, October 30)", "Read | more | ( | rt.com | ) | and | ( | Kremlin.ru | , | October | 30 | )")]
    [InlineData("NV.ua/news/123 reported", "NV.ua/news/123 | reported")]
    [InlineData("Node.js is not a domain", "Node.js | is | not | a | domain")]
    public void Addresses_handles_and_hashtags_are_one_token(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Theory]
    [InlineData("Wait... what\u2026 Really?!", "Wait | ... | what | \u2026 | Really | ?!")]
    [InlineData("Ukraine \u2014 and Europe \u2013 will -- maybe", "Ukraine | \u2014 | and | Europe | \u2013 | will | -- | maybe")]
    [InlineData("\u201CSecretly,\u201D he wrote: \u00ABno\u00BB", "\u201C | Secretly | , | \u201D | he | wrote | : | \u00AB | no | \u00BB")]
    [InlineData("\"(quoted)\" [1]", "\" | ( | quoted | ) | \" | [ | 1 | ]")]
    public void Punctuation_is_one_token_per_mark_except_runs(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Theory]
    [InlineData("Peace \U0001F54A\uFE0F now", "Peace | \U0001F54A\uFE0F | now")]
    [InlineData("ok\U0001F44D\U0001F3FD!", "ok | \U0001F44D\U0001F3FD | !")]
    [InlineData("\U0001F1FA\U0001F1E6\U0001F1FA\U0001F1F8", "\U0001F1FA\U0001F1E6 | \U0001F1FA\U0001F1F8")]
    [InlineData("family \U0001F468\u200D\U0001F469\u200D\U0001F467 here", "family | \U0001F468\u200D\U0001F469\u200D\U0001F467 | here")]
    [InlineData("caf\u0065\u0301 au lait", "caf\u0065\u0301 | au | lait")]
    [InlineData("\U0001D400\U0001D401 math letters", "\U0001D400\U0001D401 | math | letters")]
    public void Emoji_sequences_and_letters_outside_the_basic_plane_are_never_cut(string text, string expected)
    {
        Assert.Equal(expected, Segment.Tokens(text));
    }

    [Fact]
    public void Token_kinds_say_what_each_token_is()
    {
        Assert.Equal(
            "U.S./Word aid/Word rose/Word 14.5/Number %/Symbol to/Word $/Symbol 3,000/Number ,/Punctuation " +
            "see/Word https://example.com/a/Url @desk/Symbol \U0001F44D/Symbol \u2026/Punctuation 24th/Number",
            Segment.TokensWithKinds("U.S. aid rose 14.5% to $3,000, see https://example.com/a @desk \U0001F44D \u2026 24th"));
    }

    [Fact]
    public void Tokens_of_a_commentary_paragraph_rebuild_the_text_with_exact_offsets()
    {
        const string text =
            "Woah. \u201CIt\u2019s honestly a far wider bargain,\u201D he said \u2014 and the U.S. side agreed.\n" +
            "Sorensen visited Lisbon from Oct. 24-26; the fund\u2019s $2.1bn stake (see rt.com) isn\u2019t new\u2026";
        var document = Segment.Run(text);

        var tokens = document.Get(Layers.Tokens);
        var woah = tokens[0];
        var quote = tokens[2];
        Assert.Equal((0, 4, TokenKind.Word), (woah.Start, woah.End, woah.Kind));
        Assert.Equal((6, 7, TokenKind.Punctuation), (quote.Start, quote.End, quote.Kind));
        Assert.Equal(
            "Woah | . | \u201C | It | \u2019s | honestly | a | far | wider | bargain | , | \u201D | he | said | \u2014 | and | the | U.S. | side | agreed | . | " +
            "Sorensen | visited | Lisbon | from | Oct. | 24 | - | 26 | ; | the | fund | \u2019s | $ | 2.1bn | stake | ( | see | rt.com | ) | is | n\u2019t | new | \u2026",
            Segment.Tokens(document));
    }

    [Fact]
    public void Missing_sentences_layer_is_reported_with_the_annotator_to_run()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new TokenAnnotator().Annotate(new Document("d", "Text."), CancellationToken.None));

        Assert.Contains("sentences", error.Message);
        Assert.Contains(nameof(SentenceAnnotator), error.Message);
    }
}
