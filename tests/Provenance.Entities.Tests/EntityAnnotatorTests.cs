using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Entities.Tests;

public class EntityAnnotatorTests
{
    [Fact]
    public void Shipped_model_tags_a_simple_news_sentence()
    {
        var mentions = Analyzer.Mentions("Angela Merkel met officials from Siemens in Berlin on Monday.");

        Assert.Contains("Angela Merkel|PERSON|Angela Merkel", mentions);
        Assert.Contains("Siemens|ORG|Siemens", mentions);
        Assert.Contains("Berlin|GPE|Berlin", mentions);
    }

    [Fact]
    public void Title_and_nationality_before_a_name_are_left_out_of_the_span()
    {
        var mentions = Analyzer.Mentions("Russian President Vladimir Putin received the delegation in the Kremlin on Thursday.");

        Assert.Contains("Vladimir Putin|PERSON|Vladimir Putin", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("President", StringComparison.Ordinal) || m.StartsWith("Russian", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kirill Dmitriev arrived on Friday. Dmitriev’s plan was discussed for hours.")]
    [InlineData("Kirill Dmitriev arrived on Friday. Dmitriev's plan was discussed for hours.")]
    public void Possessive_is_dropped_and_surname_joins_the_full_name(string text)
    {
        var mentions = Analyzer.Mentions(text);

        Assert.Equal(["Kirill Dmitriev|PERSON|Kirill Dmitriev", "Dmitriev|PERSON|Kirill Dmitriev"], mentions);
    }

    [Fact]
    public void Envoy_with_a_name_the_training_data_never_saw_is_a_person()
    {
        var mentions = Analyzer.Mentions("The talks were led by US envoy Steve Witkoff, who told reporters the plan was ready.");

        Assert.Contains("Steve Witkoff|PERSON|Steve Witkoff", mentions);
        Assert.Contains("US|GPE|United States", mentions);
    }

    [Fact]
    public void Continents_are_locations_and_countries_are_geopolitical()
    {
        var mentions = Analyzer.Mentions("Officials in Poland said Europe must spend more on defence.");

        Assert.Contains("Poland|GPE|Poland", mentions);
        Assert.Contains("Europe|LOC|Europe", mentions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("12345 %%% ... ---")]
    public void Text_without_names_gives_an_empty_layer(string text)
    {
        var document = Analyzer.Analyze(text);

        Assert.True(document.Has(Layers.Entities));
        Assert.Empty(document.Get(Layers.Entities));
    }

    [Fact]
    public void Every_mention_records_the_rule_that_made_it()
    {
        var document = Analyzer.Analyze("Volodymyr Zelensky spoke to NATO leaders in Brussels.");

        Assert.NotEmpty(document.Get(Layers.Entities));
        Assert.All(document.Get(Layers.Entities), m => Assert.StartsWith("tagger", m.Rule));
    }

    [Fact]
    public void Annotator_is_safe_to_share_between_threads()
    {
        const string text = "Emmanuel Macron called Olaf Scholz from Paris. Scholz was in Hamburg.";
        var expected = Analyzer.Mentions(text);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Analyzer.Mentions(text)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

public class EntityAnnotatorRuleTests
{
    [Fact]
    public void Hyphenated_country_pair_gives_two_places()
    {
        var mentions = Analyzer.Mentions("Talks on ending the Russia-Ukraine war resumed in Geneva.");

        Assert.Contains("Russia|GPE|Russia", mentions);
        Assert.Contains("Ukraine|GPE|Ukraine", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Russia-Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public void Shouted_page_words_are_not_organisations()
    {
        var mentions = Analyzer.Mentions("Officials in Kyiv rejected the proposal on Monday.\nREAD MORE");

        Assert.DoesNotContain(mentions, m => m.StartsWith("MORE", StringComparison.Ordinal) || m.StartsWith("READ", StringComparison.Ordinal));
    }
}
