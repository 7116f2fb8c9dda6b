using Provenance.Core;
using Provenance.Core.Annotations;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class TelegramExportReaderTests
{
    private static Task<List<ReadResult>> ReadFixtureAsync() => ReadPathsAsync(null, Fixture("telegram", "result.json"));

    [Fact]
    public async Task Telegram_reader_yields_messages_with_text_and_skips_service_and_media_only_messages()
    {
        var results = await ReadFixtureAsync();

        var path = Fixture("telegram", "result.json");
        Assert.Equal([path + "#102", path + "#103", path + "#104"], results.Select(r => r.SourcePath));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public async Task Telegram_reader_keeps_message_text_exactly()
    {
        var document = (await ReadFixtureAsync())[0].Document!;

        Assert.Equal("Talks resume in Lisbon today.\nBoth delegations arrived overnight.", document.Text);
    }

    [Fact]
    public async Task Telegram_reader_flattens_text_arrays_and_records_links()
    {
        var document = (await ReadFixtureAsync())[1].Document!;

        Assert.Equal("Ferreira told Continental Wire that the gap is narrowing. Full text: https://wire.example/story/4411", document.Text);
        var links = document.Get(Layers.Markup).Where(m => m.Kind == MarkupKind.Link).ToList();
        Assert.Equal(["Continental Wire", "https://wire.example/story/4411"], links.Select(document.TextOf));
        Assert.Equal(["https://wire.example/story/4411", "https://wire.example/story/4411"], links.Select(l => l.Target));
        Assert.Equal("Milan R.", document.Metadata.Author);
    }

    [Fact]
    public async Task Telegram_reader_fills_channel_date_forwarding_and_message_id()
    {
        var metadata = (await ReadFixtureAsync())[2].Document!.Metadata;

        Assert.Equal("Kessin Watch", metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 18), metadata.Published);
        Assert.Equal("Osmark Foreign Ministry", metadata.ForwardedFrom);
        Assert.Equal("104", metadata.Extra["message_id"]);
        Assert.Equal("103", metadata.Extra["reply_to_message_id"]);
        Assert.Equal("1877001234", metadata.Extra["channel_id"]);
    }

    [Fact]
    public async Task Telegram_reader_marks_telegram_block_quotes()
    {
        const string export = """
            {"name": "Harbour Notes", "type": "public_channel", "id": 5, "messages": [
              {"id": 1, "type": "message", "date": "2025-11-19T12:00:00", "from": "Harbour Notes",
               "text": ["The ministry wrote:\n", {"type": "blockquote", "text": "Inspectors must be neutral.\n"}, "We agree."]}]}
            """;

        var document = Single(await ReadTextAsync("result.json", export));

        Assert.Equal(["Inspectors must be neutral."], MarkupTexts(document, MarkupKind.BlockQuote));
        Assert.Equal("The ministry wrote:\nInspectors must be neutral.\nWe agree.", document.Text);
    }

    [Fact]
    public async Task Telegram_export_without_any_text_is_one_failure()
    {
        const string export = """{"name": "Empty", "type": "public_channel", "id": 9, "messages": [{"id": 1, "type": "service", "text": ""}]}""";

        var failure = SingleFailure(await ReadTextAsync("result.json", export));

        Assert.Equal("no text found", failure.Error);
    }
}
