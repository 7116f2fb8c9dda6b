using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr.", AbbreviationKind.NeverEndsSentence)]
    [InlineData("Sen.", AbbreviationKind.NeverEndsSentence)]
    [InlineData("e.g.", AbbreviationKind.NeverEndsSentence)]
    [InlineData("vs.", AbbreviationKind.NeverEndsSentence)]
    [InlineData("Oct.", AbbreviationKind.MayEndSentence)]
    [InlineData("Sept.", AbbreviationKind.MayEndSentence)]
    [InlineData("Inc.", AbbreviationKind.MayEndSentence)]
    [InlineData("Jr.", AbbreviationKind.MayEndSentence)]
    [InlineData("etc.", AbbreviationKind.MayEndSentence)]
    [InlineData("U.S.", AbbreviationKind.MayEndSentence)]
    [InlineData("U.S.A.", AbbreviationKind.MayEndSentence)]
    [InlineData("a.m.", AbbreviationKind.MayEndSentence)]
    [InlineData("J.D.", AbbreviationKind.MayEndSentence)]
    [InlineData("F.", AbbreviationKind.Initial)]
    [InlineData("No.", AbbreviationKind.BeforeNumber)]
    [InlineData("Fig.", AbbreviationKind.BeforeNumber)]
    public void Listed_entries_and_shapes_are_classified(string word, AbbreviationKind expected)
    {
        Assert.True(Abbreviations.Default.TryClassify(word, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("war.")]
    [InlineData("f.")]
    [InlineData("May.")]
    [InlineData("Mr")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("U.S")]
    [InlineData("Supercalifragilistic.")]
    public void Ordinary_words_are_not_abbreviations(string word)
    {
        Assert.False(Abbreviations.Default.TryClassify(word, out _));
    }

    [Fact]
    public void With_returns_a_copy_and_leaves_the_default_unchanged()
    {
        var extended = Abbreviations.Default.With("Obl.", AbbreviationKind.NeverEndsSentence);

        Assert.True(extended.TryClassify("Obl.", out _));
        Assert.False(Abbreviations.Default.TryClassify("Obl.", out _));
        Assert.Equal(Abbreviations.Default.Entries.Count + 1, extended.Entries.Count);
    }

    [Theory]
    [InlineData("Dr")]
    [InlineData("Dr. ")]
    [InlineData(".")]
    public void Entries_must_be_written_with_their_period_and_no_spaces(string abbreviation)
    {
        Assert.Throws<ArgumentException>(() => Abbreviations.Default.With(abbreviation, AbbreviationKind.MayEndSentence));
    }
}
