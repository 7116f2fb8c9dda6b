using System.Text;
using System.Text.Json;

namespace Provenance.Benchmarks;

/// <summary>
/// Builds benchmark input from the repository's own examples (corpus JSON files under <c>examples/</c>),
/// repeated to the size asked for, so that benchmarks need nothing from outside the repository.
/// </summary>
internal static class BenchmarkText
{
    public static string Build(int approximateChars)
    {
        var paragraphs = LoadExampleTexts();
        var text = new StringBuilder(approximateChars + 4096);
        while (text.Length < approximateChars)
        {
            foreach (var paragraph in paragraphs)
            {
                text.Append(paragraph).Append('\n');
            }
        }

        return text.ToString();
    }

    private static List<string> LoadExampleTexts()
    {
        var examples = Path.Combine(RepositoryRoot(), "examples");
        var texts = Directory.EnumerateFiles(examples, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)
            .Where(root => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("text", out _))
            .Select(root => root.GetProperty("text").GetString() ?? "")
            .ToList();
        return texts.Count > 0 ? texts : throw new InvalidOperationException($"No example texts found in {examples}.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Provenance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Provenance.sln not found above the binaries).");
    }
}
