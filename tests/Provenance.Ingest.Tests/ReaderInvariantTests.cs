using Provenance.Core;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

/// <summary>What must hold for every document any reader produces, checked over all fixtures at once.</summary>
public class ReaderInvariantTests
{
    private static async Task<List<ReadResult>> ReadAllFixturesAsync() => await ReadPathsAsync(null, Fixture());

    [Fact]
    public async Task Every_fixture_document_is_well_formed_and_knows_where_it_came_from()
    {
        var results = await ReadAllFixturesAsync();

        Assert.True(results.Count(r => r.Succeeded) >= 10);
        foreach (var result in results.Where(r => r.Succeeded))
        {
            var document = result.Document!;
            AssertWellFormed(document);
            Assert.Equal(result.SourcePath, document.Metadata.SourcePath);
            Assert.False(string.IsNullOrWhiteSpace(document.Id));
            Assert.Equal(ContentHash.Of(document.Text), document.ContentHash);
        }
    }

    [Fact]
    public async Task Readers_of_marked_up_formats_write_one_trimmed_paragraph_per_line()
    {
        var results = await ReadAllFixturesAsync();

        foreach (var document in results.Where(r => r.Succeeded && !r.SourcePath.Contains("telegram", StringComparison.Ordinal)).Select(r => r.Document!))
        {
            Assert.All(document.Text.Split('\n'), line =>
            {
                Assert.NotEqual("", line.Trim());
                Assert.Equal(line.Trim(), line);
            });
        }
    }

    [Fact]
    public async Task Reading_the_same_fixtures_twice_gives_the_same_documents()
    {
        var first = await ReadAllFixturesAsync();
        var second = await ReadAllFixturesAsync();

        Assert.Equal(first.Select(r => (r.SourcePath, r.Document?.Id, r.Document?.ContentHash, r.Error)), second.Select(r => (r.SourcePath, r.Document?.Id, r.Document?.ContentHash, r.Error)));
    }
}
