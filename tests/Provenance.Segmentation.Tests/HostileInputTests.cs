using System.Text;
using Provenance.Core;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

/// <summary>Odd input is normal input: the annotators return layers that keep every invariant and never throw.</summary>
public class HostileInputTests
{
    /// <summary>Characters the random texts are drawn from, weighted towards the ones segmenters trip on.</summary>
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "e\u0301", "7", "0", " ", " ", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u00A0", "\u200B",
        ".", ".", "...", "\u2026", "?", "!", ",", ":", ";", "-", "\u2013", "\u2014", "'", "\u2019", "\u2018", "\"", "\u201C",
        "\u201D", "(", ")", "[", "]", "%", "$", "@", "#", "/", "\uFFFC", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u0085",
        "\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F1FA\U0001F1E6", "\u200D", "\uFE0F", "\uD800", "\uDC00", "\uDBFF",
        "U.S.", "Oct.", "Mr.", "don't", "Putin\u2019s", "14.5", "24-26", "http://", "www.", "a@b.co", "n't", "'s",
        "\u0600", "\u0301", "\u05D0", "\u4E2D", "\u0E01",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2025)]
    public void Random_text_keeps_every_invariant(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            Segment.Run(text.ToString());
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(99)]
    public void Random_utf16_code_units_keep_every_invariant(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly printable ASCII, with any code unit at all (lone surrogates included) now and then.
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x20, 0x7F);
            }

            Segment.Run(new string(chars));
        }
    }

    public static TheoryData<string, string> OddTexts => new()
    {
        { "empty", "" },
        { "only spaces", "   \t  " },
        { "only line breaks", "\n\r\n\r\u2028\u2029" },
        { "only punctuation", "!!! ... ??? ;;; --- \u2026 \u201C\u201D ((( )))" },
        { "control characters", "\u0000\u0001\u0002 The\u0007 bell\u001B[31m rang.\u007F Then\u0008 silence." },
        { "lone surrogates", "\uD800 starts, \uDC00 middle. End \uDBFF" },
        { "high surrogate before break", "word\uD83D\nnext\uD83D. Then \uDE00" },
        { "emoji only", "\U0001F600\U0001F600. \U0001F44D\U0001F3FD! \U0001F1FA\U0001F1E6" },
        { "zero width", "\u200B\u200D\uFEFF\u2060 hidden\u200Bjoin \u00ADsoft" },
        { "bidi", "\u202Eevil\u202C text \u05E9\u05DC\u05D5\u05DD. \u0645\u0631\u062D\u0628\u0627." },
        { "apostrophes alone", "' \u2019 '' \u2019\u2019 's n't 'll" },
        { "address shapes", "http:// www. https://. @ # a@ @b .com x.com/ (http://a.b/c))" },
        { "numbers", "1.2.3.4 1,234,5678 12:345 2025-13-99-1 9999-99-99 -5 +3 .5 5. 1st2nd" },
        { "abbreviations alone", "U.S. Mr. e.g. Oct. F. Inc." },
        { "stops at the very end", "End." },
        { "quote then nothing", "He said. \"" },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void Odd_text_gives_valid_layers(string name, string text)
    {
        Assert.NotNull(name);
        Segment.Run(text);
    }

    [Fact]
    public void One_megabyte_line_of_prose_is_segmented()
    {
        const string sentence = "Officials in Kyiv said on Oct. 24 that the U.S. plan, worth $3.2 billion, was \u201Cnot final.\u201D ";
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(sentence);
        }

        var document = Segment.Run(text.ToString());

        Assert.Single(document.Get(Layers.Blocks));
        Assert.Equal(text.Length / sentence.Length + (text.Length % sentence.Length == 0 ? 0 : 1), document.Get(Layers.Sentences).Length);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    [InlineData('\u2026')]
    public void One_megabyte_line_of_one_character_is_segmented(char c)
    {
        var document = Segment.Run(new string(c, 1 << 20));

        Assert.Single(document.Get(Layers.Sentences));
    }

    [Fact]
    public void One_megabyte_of_pathological_repetition_is_segmented()
    {
        var text = new StringBuilder();
        while (text.Length < 1 << 20)
        {
            text.Append("a.b?\" X! y.. ").Append("\u201CWhy?\u201D Ab Cd Ef Gh ").Append("n't's'\u2019").Append("1,000.5-2-x ");
        }

        Segment.Run(text.ToString());
    }
}
