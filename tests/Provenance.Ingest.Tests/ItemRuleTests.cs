using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

/// <summary>The rules shared by every reader of sources with several items: bad dates and empty items.</summary>
public class ItemRuleTests
{
    [Fact]
    public async Task Telegram_message_with_an_unreadable_date_keeps_the_date_text()
    {
        const string export = """
            {"name": "Port Watch", "type": "public_channel", "id": 7, "messages": [
              {"id": 1, "type": "message", "date": "yesterday evening", "text": "Cranes idle again."}]}
            """;

        var document = Single(await ReadTextAsync("result.json", export));

        Assert.Null(document.Metadata.Published);
        Assert.Equal("yesterday evening", document.Metadata.Extra["published_text"]);
    }

    [Fact]
    public async Task Atom_entry_with_an_unreadable_date_keeps_the_date_text()
    {
        const string feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Policy Review</title>
            <entry><title>Budget</title><id>urn:x:1</id><updated>early spring</updated><summary type="text">The budget passed.</summary></entry>
            </feed>
            """;

        var document = Single(await ReadTextAsync("review.atom", feed));

        Assert.Null(document.Metadata.Published);
        Assert.Equal("early spring", document.Metadata.Extra["published_text"]);
    }

    [Fact]
    public async Task Readable_dates_leave_no_published_text()
    {
        const string export = """
            {"name": "Port Watch", "type": "public_channel", "id": 7, "messages": [
              {"id": 1, "type": "message", "date": "2025-11-20T08:15:00", "text": "Cranes moving."}]}
            """;

        var document = Single(await ReadTextAsync("result.json", export));

        Assert.Equal(new DateOnly(2025, 11, 20), document.Metadata.Published);
        Assert.False(document.Metadata.Extra.ContainsKey("published_text"));
    }

    [Fact]
    public async Task Telegram_photo_only_messages_are_skipped_among_messages_with_text()
    {
        const string export = """
            {"name": "Port Watch", "type": "public_channel", "id": 7, "messages": [
              {"id": 1, "type": "message", "photo": "photos/1.jpg", "text": ""},
              {"id": 2, "type": "message", "text": "The ferry is back."},
              {"id": 3, "type": "message", "photo": "photos/3.jpg", "text": []}]}
            """;

        var results = await ReadTextAsync("result.json", export);

        Assert.Equal("result.json#2", Assert.Single(results).SourcePath);
    }

    [Fact]
    public async Task Feed_whose_items_all_lack_text_is_one_no_text_failure()
    {
        const string feed = """
            <rss version="2.0"><channel><title>Photo desk</title>
            <item><title>Dawn</title><description></description></item>
            <item><title>Dusk</title><description>   </description></item>
            </channel></rss>
            """;

        var failure = SingleFailure(await ReadTextAsync("photos.rss", feed));

        Assert.Equal("photos.rss", failure.SourcePath);
        Assert.Equal("no text found", failure.Error);
    }

    [Fact]
    public async Task Empty_atom_entries_are_skipped_and_the_others_read()
    {
        const string feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Policy Review</title>
            <entry><title>Chart only</title><id>urn:x:1</id><updated>2025-11-18T09:00:00Z</updated></entry>
            <entry><title>Budget</title><id>urn:x:2</id><updated>2025-11-18T10:00:00Z</updated><summary type="text">The budget passed.</summary></entry>
            </feed>
            """;

        var results = await ReadTextAsync("review.atom", feed);

        var result = Assert.Single(results);
        Assert.Equal("review.atom#2", result.SourcePath);
        Assert.Equal("The budget passed.", result.Document!.Text);
    }

    [Theory]
    [InlineData("desk@example.org (Tomas Berg)", "Tomas Berg")]
    [InlineData("  desk@example.org   ( Tomas Berg )  ", "Tomas Berg")]
    [InlineData("desk@example.org", "desk@example.org")]
    [InlineData("Tomas Berg (Northgate)", "Tomas Berg (Northgate)")]
    public async Task Rss_author_in_email_and_name_form_gives_the_name(string author, string expected)
    {
        var feed = $"""
            <rss version="2.0"><channel><title>Northgate</title>
            <item><author>{author}</author><description>The envoy arrived.</description></item>
            </channel></rss>
            """;

        var document = Single(await ReadTextAsync("northgate.rss", feed));

        Assert.Equal(expected, document.Metadata.Author);
    }

    [Theory]
    [InlineData("batch.json", "[]")]
    [InlineData("batch.jsonl", "\n  \n\n")]
    [InlineData("result.json", """{"name": "Port Watch", "type": "public_channel", "id": 7, "messages": [{"id": 1, "type": "message", "photo": "p.jpg", "text": ""}]}""")]
    public async Task Source_that_yields_no_document_at_all_is_one_no_text_failure(string name, string content)
    {
        var failure = SingleFailure(await ReadTextAsync(name, content));

        Assert.Equal(name, failure.SourcePath);
        Assert.Equal("no text found", failure.Error);
    }
}
