using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Provenance.Time.Evaluation;

/// <summary>
/// Reads TimeML 1.2 files as TempEval-3 distributes them (TimeBank, AQUAINT, TE3-Platinum). Keeps the TEXT
/// element's characters exactly (entities decoded), drops EVENT/SIGNAL tags but keeps their words, and records
/// each TIMEX3 inside TEXT with its offsets. A file that is not well-formed XML or has no TEXT element is
/// reported as a problem, not thrown.
/// </summary>
public static class TempEvalReader
{
    /// <summary>Every <c>*.tml</c> file under <paramref name="folder"/> (recursively), in path order.</summary>
    public static IReadOnlyList<TempEvalDocument> ReadFolder(string folder, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var documents = new List<TempEvalDocument>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (TryRead(path, out var document, out var error))
            {
                documents.Add(document);
            }
            else
            {
                problems.Add($"{path}: {error}");
            }
        }

        return documents;
    }

    public static bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TempEvalDocument? document, out string? error)
    {
        document = null;
        try
        {
            return TryParse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), out document, out error);
        }
        catch (IOException e)
        {
            error = e.Message;
            return false;
        }
        catch (UnauthorizedAccessException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Parses TimeML <paramref name="xml"/>; <paramref name="fallbackId"/> names it when it has no DOCID.</summary>
    public static bool TryParse(string fallbackId, string xml, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TempEvalDocument? document, out string? error)
    {
        ArgumentNullException.ThrowIfNull(xml);
        document = null;
        XDocument parsed;
        try
        {
            parsed = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            error = $"not well-formed TimeML: {e.Message}";
            return false;
        }

        var text = parsed.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT");
        if (text is null)
        {
            error = "no <TEXT> element";
            return false;
        }

        var id = parsed.Descendants().FirstOrDefault(e => e.Name.LocalName == "DOCID")?.Value.Trim();
        var dctValue = parsed.Descendants().FirstOrDefault(e => e.Name.LocalName == "DCT")?
            .Descendants().FirstOrDefault(e => e.Name.LocalName == "TIMEX3")?.Attribute("value")?.Value;
        DateOnly? creation = dctValue is { Length: >= 10 } && DateOnly.TryParseExact(dctValue[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dct)
            ? dct
            : null;

        var builder = new StringBuilder();
        var gold = new List<TempEvalTimex>();
        Append(text, builder, gold);
        document = new TempEvalDocument(string.IsNullOrWhiteSpace(id) ? fallbackId : id, builder.ToString(), creation, gold);
        error = null;
        return true;
    }

    private static void Append(XElement element, StringBuilder builder, List<TempEvalTimex> gold)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode:
                    builder.Append(textNode.Value);
                    break;
                case XElement child:
                    var start = builder.Length;
                    Append(child, builder, gold);
                    if (child.Name.LocalName == "TIMEX3")
                    {
                        gold.Add(new TempEvalTimex(
                            start,
                            builder.Length,
                            child.Attribute("type")?.Value ?? "",
                            child.Attribute("value")?.Value ?? "",
                            builder.ToString(start, builder.Length - start)));
                    }

                    break;
            }
        }
    }
}
