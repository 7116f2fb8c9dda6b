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
}
