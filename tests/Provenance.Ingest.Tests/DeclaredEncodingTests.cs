using System.Text;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class DeclaredEncodingTests
{
    static DeclaredEncodingTests()
    {
        // Only to write the fixtures' bytes; the reader registers the code pages itself.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static byte[] Encode(string codePage, string text) => Encoding.GetEncoding(codePage).GetBytes(text);

    [Fact]
    public async Task Xml_feed_declaring_iso_8859_1_is_decoded_with_it()
    {
        var feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Le Courrier de Brest</title>
            <item><title>Sécurité portuaire</title><description>Le préfet a annoncé des contrôles renforcés à l'été.</description></item>
            </channel></rss>
            """;

        var results = await ReadBytesAsync("courrier.xml", Encode("ISO-8859-1", feed));

        var document = Single(results);
        Assert.Equal("Le préfet a annoncé des contrôles renforcés à l'été.", document.Text);
        Assert.Equal("Sécurité portuaire", document.Metadata.Title);
    }

    [Fact]
    public async Task Iso_8859_1_declaration_reads_windows_1252_quotes_as_browsers_do()
    {
        // 0x93 and 0x94 are C1 controls in true Latin-1 but curly quotes in windows-1252, which is what such files hold.
        var feed = Encode("windows-1252", """
            <?xml version="1.0" encoding="iso-8859-1"?>
            <rss version="2.0"><channel><title>Harbour Notes</title>
            <item><description>The minister called it “a fair deal”.</description></item>
            </channel></rss>
            """);

        var document = Single(await ReadBytesAsync("notes.rss", feed));

        Assert.Equal("The minister called it “a fair deal”.", document.Text);
    }

    [Theory]
    [InlineData("windows-1251", "<meta charset=\"windows-1251\">")]
    [InlineData("koi8-r", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">")]
    public async Task Html_page_declaring_a_cyrillic_charset_is_decoded_with_it(string codePage, string declaration)
    {
        var page = $"<html><head>{declaration}<title>Порт</title></head><body><p>Министр заявил, что переговоры продолжатся.</p></body></html>";

        var document = Single(await ReadBytesAsync("page.html", Encode(codePage, page)));

        Assert.Equal("Министр заявил, что переговоры продолжатся.", document.Text);
    }

    [Fact]
    public async Task Html_page_with_a_stale_declaration_but_valid_utf8_bytes_is_read_as_utf8()
    {
        // A page re-saved as UTF-8 that still declares windows-1252: decoding it as declared would give "CafÃ©".
        var page = System.Text.Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Café society</p>");

        var document = Single(await ReadBytesAsync("page.html", page));

        Assert.Equal("Café society", document.Text);
    }

    [Fact]
    public async Task Plain_text_in_a_legacy_encoding_is_still_a_failure()
    {
        var failure = SingleFailure(await ReadBytesAsync("note.txt", Encode("windows-1252", "<meta charset=\"windows-1252\"> Café")));

        Assert.StartsWith("not valid UTF-8 (invalid byte 0xE9", failure.Error);
    }

    [Fact]
    public async Task Html_page_without_a_declaration_in_a_legacy_encoding_is_still_a_failure()
    {
        var failure = SingleFailure(await ReadBytesAsync("page.html", Encode("windows-1252", "<p>Café society</p>")));

        Assert.StartsWith("not valid UTF-8 (invalid byte 0xE9", failure.Error);
    }

    [Fact]
    public async Task Html_page_declaring_utf8_whose_bytes_are_not_utf8_is_a_failure()
    {
        var failure = SingleFailure(await ReadBytesAsync("page.html", Encode("windows-1252", "<meta charset=\"utf-8\"><p>Café society</p>")));

        Assert.StartsWith("not valid UTF-8", failure.Error);
    }

    [Fact]
    public async Task Unknown_declared_charset_with_bytes_that_are_not_utf8_is_a_failure_naming_it()
    {
        var failure = SingleFailure(await ReadBytesAsync("page.html", Encode("windows-1252", "<meta charset=\"x-martian\"><p>Café</p>")));

        Assert.StartsWith("not valid UTF-8", failure.Error);
        Assert.Contains("'x-martian'", failure.Error);
    }
}
