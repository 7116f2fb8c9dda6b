using System.IO.Compression;
using System.Text;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Ingest.Tests;

/// <summary>Small helpers shared by the ingest tests: run a source, pick results, build zips, find fixtures.</summary>
internal static class IngestTestKit
{
    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static async Task<List<ReadResult>> ReadTextAsync(string name, string content, IngestOptions? options = null) =>
        await ReadBytesAsync(name, Encoding.UTF8.GetBytes(content), options);

    public static async Task<List<ReadResult>> ReadBytesAsync(string name, byte[] content, IngestOptions? options = null)
    {
        var results = new List<ReadResult>();
        await foreach (var result in new DocumentSource(options ?? IngestOptions.Default).ReadAsync(name, new MemoryStream(content)))
        {
            results.Add(result);
        }

        return results;
    }

    public static async Task<List<ReadResult>> ReadPathsAsync(IngestOptions? options, params string[] paths)
    {
        var results = new List<ReadResult>();
        await foreach (var result in new DocumentSource(options ?? IngestOptions.Default).ReadAsync(paths))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>The one document of a source that must yield exactly one successful result.</summary>
    public static Document Single(List<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.True(result.Succeeded, $"expected a document from {result.SourcePath}, got failure: {result.Error}");
        return result.Document!;
    }

    public static ReadResult SingleFailure(List<ReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.False(result.Succeeded, $"expected a failure from {result.SourcePath}");
        return result;
    }

    /// <summary>The texts of the markup spans of one kind, in order.</summary>
    public static List<string> MarkupTexts(Document document, MarkupKind kind) =>
        document.Get(Layers.Markup).Where(m => m.Kind == kind).Select(document.TextOf).ToList();

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// Checks what must hold for every document a reader produces: markup spans are non-empty and do not
    /// start or end with white space, and the text has no carriage returns.
    /// </summary>
    public static void AssertWellFormed(Document document)
    {
        Assert.DoesNotContain('\r', document.Text);
        foreach (var span in document.Get(Layers.Markup))
        {
            var covered = document.TextOf(span);
            Assert.True(covered.Length > 0, $"empty {span.Kind} span at {span.Start}");
            Assert.False(char.IsWhiteSpace(covered[0]) || char.IsWhiteSpace(covered[^1]), $"{span.Kind} span [{span.Start}, {span.End}) has white space at an edge: \"{covered}\"");
        }
    }
}
