using Provenance.Entities;

namespace Provenance.Entities.Tests;

/// <summary>
/// The allocation-free paths of feature extraction must give exactly what the string paths gave, or the
/// shipped model's feature hashes would silently stop matching.
/// </summary>
public sealed class FeatureFormTests
{
    [Theory]
    [InlineData("Xx", "Xx", "d")]
    [InlineData("<s>", "X.X.", "</s>")]
    [InlineData("", "x", "")]
    public void Feature_hash_built_piece_by_piece_equals_hash_of_joined_string(string previous, string current, string next)
    {
        var pieces = FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(FeatureHash.Start("sh-1|sh|sh+1"), previous), "|"), current);

        Assert.Equal(FeatureHash.Of("sh-1|sh|sh+1", previous + "|" + current, next), FeatureHash.AppendSecond(pieces, next));
        Assert.Equal(FeatureHash.Of("w", previous + current), FeatureHash.Append(FeatureHash.Append(FeatureHash.Start("w"), previous), current));
    }

    [Theory]
    [InlineData("Kremlin’s", "kremlin's", "Xx'x", "Xxxxxxx'x")]
    [InlineData("2024", "0000", "d", "dddd")]
    [InlineData("U.S.", "u.s.", "X.X.", "X.X.")]
    [InlineData("Counterintelligence", "counterintelligence", "Xx", "Xxxxxxxxxxxx")]
    [InlineData("", "", "", "")]
    public void Word_forms_keep_their_values(string word, string normalized, string shortShape, string longShape)
    {
        Assert.Equal(normalized, WordForms.Normalize(word));
        Assert.Equal(shortShape, WordForms.ShortShape(word));
        Assert.Equal(longShape, WordForms.LongShape(word));
    }

    [Theory]
    [InlineData("Senator", true)]
    [InlineData("SENATOR", true)]
    [InlineData("senators", false)]
    [InlineData("Foreign Minister", true)]
    public void Gazetteer_finds_single_words_and_phrases_ignoring_case(string phrase, bool listed)
    {
        var titles = new Gazetteer("titles", ["senator", "Foreign Minister"]);

        Assert.Equal(listed, titles.Contains(phrase));
    }

    [Fact]
    public void Gazetteer_marks_multi_word_names_longest_first()
    {
        var places = new Gazetteer("places", ["New York", "New York City", "York"]);

        var marks = places.Mark(["She", "left", "New", "York", "City", "for", "York"]);

        Assert.Equal(new[] { '\0', '\0', 'B', 'I', 'I', '\0', 'B' }, marks);
    }
}
