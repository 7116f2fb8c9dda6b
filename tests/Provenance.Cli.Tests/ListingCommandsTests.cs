using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Store.Sqlite;

namespace Provenance.Cli.Tests;

/// <summary>The commands that list stored annotations, on a store seeded directly with hand-made layers.</summary>
public class ListingCommandsTests
{
    private const string Text =
        "Envoy Maria Lindqvist told the Harbour Gazette the talks were going well. " +
        "\u201CWe are close,\u201D a Norwegian official said. " +
        "Prices fell (Port Bulletin, May 28).";

    [Fact]
    public async Task Quotes_filters_by_speaker_outlet_and_anonymity()
    {
        using var temp = new TempFolder();
        var db = await SeedAsync(temp);

        var all = await CliRun.InvokeAsync("quotes", "--db", db);
        var anonymous = await CliRun.InvokeAsync("quotes", "--db", db, "--anonymous");
        var byOutlet = await CliRun.InvokeAsync("quotes", "--db", db, "--outlet", "gazette");

        Assert.Contains("Maria Lindqvist", all.Output);
        Assert.Contains("a Norwegian official", all.Output);
        Assert.DoesNotContain("Maria Lindqvist", anonymous.Output);
        Assert.Contains("We are close,", anonymous.Output);
        Assert.Contains("Maria Lindqvist", byOutlet.Output);
        Assert.DoesNotContain("Norwegian official", byOutlet.Output);
    }

    [Fact]
    public async Task Citations_lists_items_and_counts_who_cites_whom()
    {
        using var temp = new TempFolder();
        var db = await SeedAsync(temp);

        var list = await CliRun.InvokeAsync("citations", "--db", db);
        var counts = await CliRun.InvokeAsync("citations", "--db", db, "--by-outlet");

        Assert.Contains("Port Bulletin", list.Output);
        Assert.Contains("2025-05-28", list.Output);
        Assert.Contains("Quiet Ledger", counts.Output);
        Assert.Contains("Port Bulletin", counts.Output);
    }

    [Fact]
    public async Task Entities_groups_mentions_and_shows_roles()
    {
        using var temp = new TempFolder();
        var db = await SeedAsync(temp);

        var people = await CliRun.InvokeAsync("entities", "--db", db, "--type", "PERSON");
        var badType = await CliRun.InvokeAsync("entities", "--db", db, "--type", "animal");

        Assert.Contains("Maria Lindqvist", people.Output);
        Assert.Contains("envoy", people.Output);
        Assert.DoesNotContain("Harbour Gazette", people.Output);
        Assert.NotEqual(0, badType.ExitCode);
        Assert.Contains("PERSON, ORG, GPE or LOC", badType.Error);
    }

    [Fact]
    public async Task Entities_lists_roles_stated_in_several_documents_once_with_their_count_and_filters_by_role()
    {
        using var temp = new TempFolder();
        var db = await SeedAsync(temp);
        await SeedSecondAsync(db);

        var people = await CliRun.InvokeAsync("entities", "--db", db, "--type", "PERSON");
        var envoys = await CliRun.InvokeAsync("entities", "--db", db, "--role", "ENVOY");
        var authors = await CliRun.InvokeAsync("entities", "--db", db, "--role", "author");

        Assert.Equal(0, people.ExitCode);
        Assert.Contains("envoy (2 docs)", people.Output);
        Assert.Contains("age 52", people.Output);
        Assert.Contains("Per Aasen", people.Output);
        Assert.Contains("Maria Lindqvist", envoys.Output);
        Assert.DoesNotContain("Per Aasen", envoys.Output);
        Assert.Contains("Per Aasen", authors.Output);
        Assert.Contains("author of the article", authors.Output);
        Assert.DoesNotContain("Maria Lindqvist", authors.Output);
    }

    /// <summary>A second document: the envoy again (a second role too) and a byline whose name has no mention.</summary>
    private static async Task SeedSecondAsync(string path)
    {
        const string text = "By Per Aasen\nEnvoy Maria Lindqvist, 52, returned home.";
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        var document = new Document("seeded-2", text)
            .With(Layers.Entities, [new EntityMention(At("Maria Lindqvist"), At("Maria Lindqvist") + 15, EntityType.Person, "Maria Lindqvist")])
            .With(Layers.Roles,
            [
                new PersonRole(0, 11, "Per Aasen", "author of the article", "byline"),
                new PersonRole(At("Envoy"), At("Envoy") + 5, "Maria Lindqvist", "envoy", "title-before-name"),
                new PersonRole(At(", 52"), At(", 52") + 4, "Maria Lindqvist", "age 52", "age"),
            ]);
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await store.SaveAsync(document);
    }

    private static async Task<string> SeedAsync(TempFolder temp)
    {
        var path = temp.Combine("seeded.db");
        var document = new Document("seeded-1", Text, new DocumentMetadata { Outlet = "The Quiet Ledger" });
        int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);
        var talks = At("the talks");
        var close = At("We are close,");
        var bulletin = At("Port Bulletin, May 28");
        document = document
            .With(Layers.Quotes,
            [
                new Quote(talks, At(" were going well") + 16, QuoteKind.Indirect, "Maria Lindqvist", false, "told", "Harbour Gazette"),
                new Quote(close, close + 13, QuoteKind.Direct, "a Norwegian official", true, "said", null),
            ])
            .With(Layers.Citations, [new Citation(bulletin, bulletin + 21, CitationKind.Parenthetical, "Port Bulletin", "2025-05-28")])
            .With(Layers.Entities,
            [
                new EntityMention(At("Maria Lindqvist"), At("Maria Lindqvist") + 15, EntityType.Person, "Maria Lindqvist"),
                new EntityMention(At("Harbour Gazette"), At("Harbour Gazette") + 15, EntityType.Organization, "Harbour Gazette"),
            ])
            .With(Layers.Roles, [new PersonRole(0, 5, "Maria Lindqvist", "envoy")]);
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await store.SaveAsync(document);
        return path;
    }
}
