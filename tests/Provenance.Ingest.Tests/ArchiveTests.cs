using System.IO.Compression;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class ArchiveTests
{
    [Fact]
    public async Task Zip_entries_are_read_in_name_order_and_named_after_the_archive()
    {
        var zip = Zip(
            ("b/story.html", Utf8("<p>From HTML.</p>")),
            ("a.txt", Utf8("From text.")),
            ("b/notes.md", Utf8("From *Markdown*.")));

        var results = await ReadBytesAsync("bundle.zip", zip);

        Assert.Equal(["bundle.zip!/a.txt", "bundle.zip!/b/notes.md", "bundle.zip!/b/story.html"], results.Select(r => r.SourcePath));
        Assert.Equal(["From text.", "From Markdown.", "From HTML."], results.Select(r => r.Document!.Text));
        Assert.Equal("bundle.zip!/b/notes.md", results[1].Document!.Metadata.SourcePath);
    }

    [Fact]
    public async Task Zip_on_disk_is_read_through_its_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bundle.zip", Zip(("one.txt", Utf8("One.")), ("two.txt", Utf8("Two."))));

        var results = await ReadPathsAsync(null, path);

        Assert.Equal([path + "!/one.txt", path + "!/two.txt"], results.Select(r => r.SourcePath));
    }

    [Fact]
    public async Task Nested_zip_is_opened_and_named_by_its_chain_of_entries()
    {
        var inner = Zip(("deep.txt", Utf8("Deep text.")));
        var outer = Zip(("inner.zip", inner), ("top.txt", Utf8("Top text.")));

        var results = await ReadBytesAsync("outer.zip", outer);

        Assert.Equal(["outer.zip!/inner.zip!/deep.txt", "outer.zip!/top.txt"], results.Select(r => r.SourcePath));
        Assert.Equal("Deep text.", results[0].Document!.Text);
    }

    [Fact]
    public async Task Zip_nested_deeper_than_the_limit_is_a_failure_and_its_siblings_are_still_read()
    {
        var level2 = Zip(("deepest.txt", Utf8("Too deep.")));
        var level1 = Zip(("level2.zip", level2), ("ok.txt", Utf8("Fine.")));
        var top = Zip(("level1.zip", level1));

        var results = await ReadBytesAsync("top.zip", top, IngestOptions.Default with { MaxArchiveDepth = 1 });

        Assert.Equal(["top.zip!/level1.zip!/level2.zip", "top.zip!/level1.zip!/ok.txt"], results.Select(r => r.SourcePath));
        Assert.Equal("zip archive nested 2 levels deep, over the limit of 1 for zip archives inside zip archives", results[0].Error);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public async Task Zip_is_recognised_by_its_signature_without_the_extension()
    {
        var results = await ReadBytesAsync("upload", Zip(("a.txt", Utf8("Inside."))));

        Assert.Equal("upload!/a.txt", Assert.Single(results).SourcePath);
    }

    [Fact]
    public async Task Truncated_zip_is_one_failure_naming_the_archive()
    {
        var zip = Zip(("a.txt", Utf8("Some text that will be cut off.")), ("b.txt", Utf8("More.")));

        var failure = SingleFailure(await ReadBytesAsync("cut.zip", zip[..(zip.Length / 2)]));

        Assert.Equal("cut.zip", failure.SourcePath);
        Assert.StartsWith("not a readable zip archive (truncated or corrupt):", failure.Error);
    }

    [Fact]
    public async Task Corrupt_entry_fails_alone_and_the_other_entries_are_read()
    {
        var text = string.Concat(Enumerable.Repeat("The harbour authority met again on Thursday. ", 40));
        var zip = Zip(("a.txt", Utf8(text)), ("b.txt", Utf8("Intact.")));
        // Damage the compressed data of the first entry, just after its 30-byte local header and name.
        for (var i = 40; i < 60; i++)
        {
            zip[i] ^= 0xFF;
        }

        var results = await ReadBytesAsync("damaged.zip", zip);

        Assert.Equal(["damaged.zip!/a.txt", "damaged.zip!/b.txt"], results.Select(r => r.SourcePath));
        Assert.False(results[0].Succeeded);
        Assert.StartsWith("corrupt entry in zip archive damaged.zip:", results[0].Error);
        Assert.Equal("Intact.", results[1].Document!.Text);
    }

    [Fact]
    public async Task Entry_whose_data_does_not_match_its_checksum_is_a_failure()
    {
        // Stored without compression, the damaged bytes still decode: only the CRC-32 check can notice.
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("a.txt", CompressionLevel.NoCompression).Open();
            stream.Write(Utf8("The harbour authority met on Thursday."));
        }

        var zip = buffer.ToArray();
        var at = zip.AsSpan().IndexOf(Utf8("Thursday"));
        zip[at] = (byte)'t';

        var failure = Assert.Single(await ReadBytesAsync("damaged.zip", zip));

        Assert.False(failure.Succeeded);
        Assert.Contains("checksum mismatch", failure.Error);
    }

    [Fact]
    public async Task Bad_entries_fail_alone()
    {
        var zip = Zip(("1-empty.txt", []), ("2-binary.dat", [0x00, 0x01, 0x02]), ("3-good.md", Utf8("# Fine")));

        var results = await ReadBytesAsync("mixed.zip", zip);

        Assert.Equal(["empty file", "binary file, not text", null], results.Select(r => r.Error));
    }

    [Fact]
    public async Task Entry_over_the_size_limit_is_a_failure_naming_size_and_limit()
    {
        var zip = Zip(("big.txt", Utf8(new string('x', 5000))), ("small.txt", Utf8("Small.")));

        var results = await ReadBytesAsync("limits.zip", zip, IngestOptions.Default with { MaxFileBytes = 4096 });

        Assert.Equal("file is 5000 bytes, larger than the limit of 4096 bytes for one file", results[0].Error);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public async Task Folders_hidden_entries_and_mac_metadata_in_a_zip_are_skipped()
    {
        var zip = Zip(("dir/", []), (".hidden.txt", Utf8("Hidden.")), ("__MACOSX/._a.txt", [0x00, 0x05]), ("a.txt", Utf8("Shown.")));

        var results = await ReadBytesAsync("mac.zip", zip);

        Assert.Equal("mac.zip!/a.txt", Assert.Single(results).SourcePath);
    }

    [Fact]
    public async Task Feed_inside_a_zip_yields_items_named_after_the_entry()
    {
        var feed = await File.ReadAllBytesAsync(Fixture("northgate-feed.xml"));

        var results = await ReadBytesAsync("feeds.zip", Zip(("northgate.xml", feed)));

        Assert.Equal("feeds.zip!/northgate.xml#1", results[0].SourcePath);
        Assert.Equal(3, results.Count);
    }

    /// <summary>Rewrites the uncompressed size of every entry, in its local header and in the central directory.</summary>
    private static byte[] WithStatedSize(byte[] zip, uint size)
    {
        var patched = (byte[])zip.Clone();
        for (var i = 0; i + 30 <= patched.Length; i++)
        {
            var signature = BitConverter.ToUInt32(patched, i);
            var sizeOffset = signature switch { 0x04034b50 => 22, 0x02014b50 => 24, _ => -1 };
            if (sizeOffset >= 0)
            {
                BitConverter.GetBytes(size).CopyTo(patched, i + sizeOffset);
            }
        }

        return patched;
    }

    [Fact]
    public async Task Entry_whose_stated_size_is_over_the_limit_fails_before_it_is_decompressed()
    {
        // The data is also corrupt: had it been decompressed, the failure would be about corruption instead.
        var zip = Zip(("huge.txt", Utf8(new string('x', 2000))));
        var stated = WithStatedSize(zip, 50_000_000);
        var dataStart = 30 + "huge.txt".Length;
        for (var i = dataStart; i < dataStart + 8; i++)
        {
            stated[i] ^= 0xFF;
        }

        var failure = SingleFailure(await ReadBytesAsync("bomb.zip", stated, IngestOptions.Default with { MaxFileBytes = 10_000_000 }));

        Assert.Equal("bomb.zip!/huge.txt", failure.SourcePath);
        Assert.Equal("file is 47.7 MB, larger than the limit of 9.5 MB for one file", failure.Error);
    }

    [Fact]
    public async Task Entry_whose_header_understates_its_size_is_still_stopped_at_the_limit()
    {
        var zip = WithStatedSize(Zip(("liar.txt", Utf8(new string('x', 5000)))), 100);

        var failure = SingleFailure(await ReadBytesAsync("liar.zip", zip, IngestOptions.Default with { MaxFileBytes = 4096 }));

        // ZipArchive stops at the stated size, so the truncated data fails its checksum rather than being read as text.
        Assert.StartsWith("corrupt entry in zip archive liar.zip: checksum mismatch", failure.Error);
    }
}
