namespace Provenance.Cli.Tests;

public class StoreCommandsTests
{
    [Fact]
    public async Task Ingest_then_search_and_show_find_the_document()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("p.db");
        var file = temp.File("note.txt", "The harbour committee met in Bergen on Tuesday.\nIt approved the new ferry timetable.");

        var ingest = await CliRun.InvokeAsync("ingest", file, "--db", db);
        var search = await CliRun.InvokeAsync("search", "ferry timetable", "--db", db);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("Stored 1 new document,", ingest.Output);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("timetable", search.Output);
    }

    [Fact]
    public async Task Ingesting_the_same_text_twice_stores_it_once()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("p.db");
        var first = temp.File("a.txt", "Identical text in two files.");
        var second = temp.File("copy/b.txt", "Identical text in two files.");

        await CliRun.InvokeAsync("ingest", first, "--db", db);
        var again = await CliRun.InvokeAsync("ingest", second, "--db", db);

        Assert.Contains("Stored 0 new documents, 1 already stored", again.Output);
        Assert.Contains("(1 document)", again.Output);
    }

    [Fact]
    public async Task Show_prints_a_stored_document_and_reports_an_unknown_id()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("p.db");
        var file = temp.File("post.json", """{"id": "post-7", "outlet": "Example Blog", "published": "2025-02-03", "text": "First paragraph.\nSecond paragraph."}""");
        await CliRun.InvokeAsync("ingest", file, "--db", db);

        var shown = await CliRun.InvokeAsync("show", "post-7", "--db", db, "--json");
        var missing = await CliRun.InvokeAsync("show", "no-such-id", "--db", db);

        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("\"id\": \"post-7\"", shown.Output);
        Assert.Contains("\"blocks\"", shown.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no-such-id", missing.Error);
    }

    [Fact]
    public async Task Search_without_a_store_says_how_to_make_one()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("search", "anything", "--db", temp.Combine("none.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("provenance ingest", run.Error);
        Assert.False(File.Exists(temp.Combine("none.db")));
    }
}
