using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class FolderTests
{
    [Fact]
    public async Task Folder_is_read_recursively_depth_first_in_ordinal_name_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a/z.txt", "AZ");
        folder.Write("a/m/x.txt", "AMX");
        folder.Write("A.txt", "Capital A");
        folder.Write("c/d.md", "CD");

        var results = await ReadPathsAsync(null, folder.Path);

        string[] expected = ["A.txt", "a/m/x.txt", "a/z.txt", "b.txt", "c/d.md"];
        Assert.Equal(expected.Select(p => Path.Join(folder.Path, p)), results.Select(r => r.SourcePath.Replace('\\', '/')));
        Assert.Equal(["Capital A", "AMX", "AZ", "B", "CD"], results.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task Hidden_files_and_folders_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write(".git/config", "[core]");
        folder.Write(".DS_Store", "x");
        folder.Write("story.txt", "Shown.");

        var results = await ReadPathsAsync(null, folder.Path);

        Assert.Equal(Path.Join(folder.Path, "story.txt"), Assert.Single(results).SourcePath);
    }

    [Fact]
    public async Task Folder_mixing_formats_and_a_zip_yields_every_document_in_order()
    {
        using var folder = new TempFolder();
        folder.Write("1.html", "<p>Page.</p>");
        folder.Write("2.zip", Zip(("in.txt", Utf8("Zipped."))));
        folder.Write("3.json", """{"id": "c3", "text": "Corpus."}""");

        var results = await ReadPathsAsync(null, folder.Path);

        Assert.Equal(["Page.", "Zipped.", "Corpus."], results.Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task Empty_folder_yields_nothing()
    {
        using var folder = new TempFolder();

        Assert.Empty(await ReadPathsAsync(null, folder.Path));
    }

    [Fact]
    public async Task Folder_reads_only_files_a_reader_handles_and_counts_the_others_as_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Talks resume.");
        folder.Write("page.html", "<p>Harbour reopens.</p>");
        folder.Write("site/style.css", "p { color: red; }");
        folder.Write("site/app.js", "console.log('x');");
        folder.Write("data.csv", "outlet,count\nNorthgate,4");
        folder.Write("report.pdf", "%PDF-1.7 fake");
        folder.Write("memo.docx", Zip(("word/document.xml", Utf8("<w:document/>"))));
        folder.Write("README", "Notes for the desk.");
        folder.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x00]);
        var statistics = new IngestStatistics();

        var results = new List<ReadResult>();
        await foreach (var result in new DocumentSource(IngestOptions.Default).ReadAsync([folder.Path], statistics))
        {
            results.Add(result);
        }

        Assert.Equal([Path.Join(folder.Path, "page.html"), Path.Join(folder.Path, "story.txt")], results.Select(r => r.SourcePath));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(7, statistics.SkippedFiles);
    }

    [Theory]
    [InlineData("memo.docx", ".docx")]
    [InlineData("report.pdf", ".pdf")]
    [InlineData("REPORT.PDF", ".pdf")]
    public async Task Unsupported_file_named_directly_fails_naming_its_format(string name, string extension)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, Zip(("word/document.xml", Utf8("<w:document/>"))));

        var failure = SingleFailure(await ReadPathsAsync(null, path));

        Assert.Equal($"unsupported format ({extension})", failure.Error);
    }

    [Fact]
    public async Task File_named_directly_is_read_whatever_its_extension()
    {
        using var folder = new TempFolder();
        var log = folder.Write("desk.log", "Ferry service resumed at noon.");
        var bare = folder.Write("NOTES", "<!DOCTYPE html><html><body><p>Harbour reopens.</p></body></html>");

        var results = await ReadPathsAsync(null, log, bare);

        Assert.Equal(["Ferry service resumed at noon.", "Harbour reopens."], results.Select(r => r.Document!.Text));
    }
}
