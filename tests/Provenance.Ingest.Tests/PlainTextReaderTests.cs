using System.Text;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class PlainTextReaderTests
{
    [Fact]
    public async Task Text_reader_keeps_text_exactly_including_blank_lines_and_indentation()
    {
        const string text = "Headline here\n\n  Indented line with trailing space \nLast line";

        var document = Single(await ReadTextAsync("note.txt", text));

        Assert.Equal(text, document.Text);
        Assert.False(document.Has(Core.Layers.Markup));
    }

    [Fact]
    public async Task Text_reader_strips_a_utf8_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("Ferreira spoke.")).ToArray();

        var document = Single(await ReadBytesAsync("note.txt", bytes));

        Assert.Equal("Ferreira spoke.", document.Text);
    }

    [Theory]
    [InlineData("one\r\ntwo\r\nthree")]
    [InlineData("one\rtwo\rthree")]
    [InlineData("one\ntwo\r\nthree")]
    public async Task Text_reader_folds_line_endings_to_line_feeds(string text)
    {
        var document = Single(await ReadTextAsync("note.txt", text));

        Assert.Equal("one\ntwo\nthree", document.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Text_reader_decodes_utf16_with_a_byte_order_mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Ministerin Brandt: „Nein.“")).ToArray();

        var document = Single(await ReadBytesAsync("note.txt", bytes));

        Assert.Equal("Ministerin Brandt: „Nein.“", document.Text);
    }

    [Fact]
    public async Task Text_reader_keeps_surrogate_pairs_and_control_characters_that_occur_in_text()
    {
        const string text = "Flag 🇺🇦 and a tab\there and a form feed\f.";

        var document = Single(await ReadTextAsync("note.txt", text));

        Assert.Equal(text, document.Text);
    }
}
