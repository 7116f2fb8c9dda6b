using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

/// <summary>Bad input is normal input: each case is one failure with a message for a person, never an exception.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.html")]
    [InlineData("empty.json")]
    [InlineData("empty.zip")]
    public async Task Empty_input_is_an_empty_file_failure(string name)
    {
        var failure = SingleFailure(await ReadBytesAsync(name, []));

        Assert.Equal("empty file", failure.Error);
        Assert.Equal(name, failure.SourcePath);
    }

    [Fact]
    public async Task Empty_file_on_disk_is_an_empty_file_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nothing.md", "");

        var failure = SingleFailure(await ReadPathsAsync(null, path));

        Assert.Equal("empty file", failure.Error);
    }

    [Theory]
    [InlineData("note.txt")]
    [InlineData("unknown.bin")]
    public async Task Bytes_with_nul_are_a_binary_file_failure(string name)
    {
        var failure = SingleFailure(await ReadBytesAsync(name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]));

        Assert.Equal("binary file, not text", failure.Error);
    }

    [Fact]
    public async Task Bytes_that_are_mostly_control_characters_are_a_binary_file_failure()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();

        var failure = SingleFailure(await ReadBytesAsync("odd.txt", bytes));

        Assert.Equal("binary file, not text", failure.Error);
    }

    [Fact]
    public async Task Invalid_utf8_names_the_byte_and_its_offset()
    {
        // "Kessin " then 0xE9 (é in Latin-1), as a Windows-1252 file would have it.
        var bytes = Utf8("Kessin ").Concat(new byte[] { 0xE9 }).Concat(Utf8("tait calme")).ToArray();

        var failure = SingleFailure(await ReadBytesAsync("latin1.txt", bytes));

        Assert.Equal("not valid UTF-8 (invalid byte 0xE9 at byte offset 7)", failure.Error);
    }

    [Fact]
    public async Task Invalid_utf8_offset_counts_the_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF };

        var failure = SingleFailure(await ReadBytesAsync("bom.txt", bytes));

        Assert.Equal("not valid UTF-8 (invalid byte 0xFF at byte offset 4)", failure.Error);
    }

    [Fact]
    public async Task Stream_over_the_file_size_limit_is_a_failure_naming_the_limit()
    {
        var options = IngestOptions.Default with { MaxFileBytes = 100 };

        var failure = SingleFailure(await ReadTextAsync("long.txt", new string('a', 150), options));

        Assert.Equal("file is 150 bytes, larger than the limit of 100 bytes for one file", failure.Error);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_a_failure_naming_size_and_limit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("long.txt", new string('a', 2048));

        var failure = SingleFailure(await ReadPathsAsync(IngestOptions.Default with { MaxFileBytes = 1024 }, path));

        Assert.Equal("file is 2048 bytes, larger than the limit of 1024 bytes for one file", failure.Error);
    }

    [Fact]
    public async Task Unseekable_stream_over_the_limit_is_a_failure_without_reading_it_all()
    {
        var options = IngestOptions.Default with { MaxFileBytes = 1000 };
        var results = new List<ReadResult>();

        await foreach (var result in new DocumentSource(options).ReadAsync("stdin", new EndlessStream()))
        {
            results.Add(result);
        }

        Assert.Equal("larger than the limit of 1000 bytes for one file", SingleFailure(results).Error);
    }

    [Fact]
    public async Task Text_over_the_character_limit_is_a_failure_and_is_not_truncated()
    {
        var options = IngestOptions.Default with { MaxDocumentChars = 10 };

        var failure = SingleFailure(await ReadTextAsync("note.txt", "Eleven char", options));

        Assert.Equal("text is 11 characters, larger than the limit of 10 characters (raise it with --max-chars)", failure.Error);
    }

    [Fact]
    public async Task Text_at_the_character_limit_is_accepted()
    {
        var options = IngestOptions.Default with { MaxDocumentChars = 10 };

        Assert.Equal("Ten chars!", Single(await ReadTextAsync("note.txt", "Ten chars!", options)).Text);
    }

    [Theory]
    [InlineData("blank.txt", "   \n\t\n  ")]
    [InlineData("blank.md", "\n\n> \n\n---\n")]
    [InlineData("blank.json", """{"id": "b", "text": " \n "}""")]
    public async Task Text_that_is_only_white_space_is_a_no_text_failure(string name, string content)
    {
        var failure = SingleFailure(await ReadTextAsync(name, content));

        Assert.Equal("no text found", failure.Error);
    }

    [Fact]
    public async Task Missing_path_is_a_failure_not_an_exception()
    {
        var missing = Path.Combine(Path.GetTempPath(), "provenance-missing-" + Guid.NewGuid().ToString("N"), "page.html");

        var failure = SingleFailure(await ReadPathsAsync(null, missing));

        Assert.Equal("no such file or folder", failure.Error);
        Assert.Equal(missing, failure.SourcePath);
    }

    [Fact]
    public async Task A_failure_does_not_stop_the_paths_after_it()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "Still read.");

        var results = await ReadPathsAsync(null, Path.Combine(folder.Path, "missing.txt"), good);

        Assert.Equal([false, true], results.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task Cancellation_stops_reading_with_an_exception()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new DocumentSource(IngestOptions.Default).ReadAsync([folder.Path], cancellation.Token))
            {
            }
        });
    }

    [Theory]
    [InlineData("a.html")]
    [InlineData("a.md")]
    [InlineData("a.json")]
    [InlineData("a.jsonl")]
    [InlineData("a.xml")]
    [InlineData("a.rss")]
    [InlineData("a.txt")]
    [InlineData("a")]
    public async Task Hostile_text_never_throws(string name)
    {
        string[] inputs =
        [
            "<<<>>>[[[]]](((***___```~~~",
            "<html><body><a href='http://[::1'>x</a><q><cite><blockquote></body>",
            "{\"messages\": [1, \"x\", {\"type\": \"message\", \"text\": [null, 3, {\"type\": \"link\"}]}]}",
            "{\"format\": \"provenance.document\", \"version\": 1}",
            "[{\"text\": 5}, {\"format\": \"provenance.document\"}]",
            "<rss version=\"2.0\"><channel><item><link>::::</link><description><![CDATA[<p>x]]></description></item></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">x</content></entry></feed>",
            "> > > > [a](<b) ![c](d \"e) <f@g> &#xFFFFFF; &#0; \\",
            "\u0001\u0002 text \uFFFE \uD83D",
        ];

        foreach (var input in inputs)
        {
            var results = await ReadTextAsync(name, input);

            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.Succeeded || !string.IsNullOrWhiteSpace(r.Error)));
            Assert.All(results.Where(r => r.Succeeded), r => AssertWellFormed(r.Document!));
        }
    }

    /// <summary>A stream that never ends and cannot seek, like a pipe that keeps writing.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
