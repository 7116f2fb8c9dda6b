using System.Text.Json;
using System.Text.RegularExpressions;
using Provenance.Core;
using Provenance.Entities.Training;
using Provenance.Segmentation;

namespace Provenance.Cli.Commands;

/// <summary>
/// Reads unlabelled text for word clustering from files and folders (walked in ordinal path order, so the
/// result is reproducible) and yields it as tokenised sentences, tokenised by the project's own segmentation
/// so cluster keys match the tokens the tagger sees. Formats by content and extension: CoNLL files (first
/// column, from their "-DOCSTART-" line), <c>.txt</c> plain text, <c>.tml</c> TimeML with tags removed,
/// <c>.tsv</c> the longest field of each line (the text column of tweet and debate tables), <c>.json</c>
/// string values of three words or more. Other files (annotations, PDFs, labels) are skipped.
/// </summary>
internal static partial class UnlabelledTextReader
{
    public static IEnumerable<IReadOnlyList<string>> ReadSentences(IEnumerable<string> paths, Action<string>? skipped, CancellationToken cancellationToken)
    {
        var blocks = new BlockAnnotator();
        var sentences = new SentenceAnnotator();
        var tokens = new TokenAnnotator();
        foreach (var file in Files(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsConll(file))
            {
                foreach (var document in ConllReader.ReadFile(file).Documents)
                {
                    foreach (var sentence in document.Sentences)
                    {
                        yield return sentence.Words;
                    }
                }

                continue;
            }

            var text = TextOf(file);
            if (text is null)
            {
                skipped?.Invoke(file);
                continue;
            }

            var annotated = tokens.Annotate(sentences.Annotate(blocks.Annotate(Document.FromText(text), cancellationToken), cancellationToken), cancellationToken);
            var tokenLayer = annotated.Get(Layers.Tokens);
            var t = 0;
            foreach (var sentence in annotated.Get(Layers.Sentences))
            {
                var words = new List<string>();
                while (t < tokenLayer.Length && tokenLayer[t].End <= sentence.End)
                {
                    if (tokenLayer[t].Start >= sentence.Start)
                    {
                        words.Add(text[tokenLayer[t].Start..tokenLayer[t].End]);
                    }

                    t++;
                }

                if (words.Count > 0)
                {
                    yield return words;
                }
            }
        }
    }

    private static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
        }
    }

    private static bool IsConll(string file)
    {
        if (!file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".conll", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(file);
        return reader.ReadLine()?.StartsWith("-DOCSTART-", StringComparison.Ordinal) == true;
    }

    private static string? TextOf(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".txt":
                return File.ReadAllText(file);
            case ".tml":
                return Tag().Replace(File.ReadAllText(file), " ");
            case ".tsv":
                return string.Join('\n', File.ReadLines(file).Select(line => line.Split('\t').MaxBy(f => f.Count(c => c == ' ')) ?? ""));
            case ".json":
                try
                {
                    using var json = JsonDocument.Parse(File.ReadAllText(file));
                    var strings = new List<string>();
                    Collect(json.RootElement, strings);
                    return string.Join('\n', strings);
                }
                catch (JsonException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }

                break;
            case JsonValueKind.String when element.GetString() is { } s && s.Count(c => c == ' ') >= 2:
                into.Add(s);
                break;
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
