using Provenance.Ingest.Feeds;
using Provenance.Ingest.Html;
using Provenance.Ingest.Json;
using Provenance.Ingest.Markdown;
using Provenance.Ingest.Text;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Chooses the reader for a source: by extension when the extension decides (<c>.txt</c>, <c>.md</c>,
/// <c>.html</c>, <c>.rss</c>, <c>.jsonl</c>, ...); by content among the JSON readers for <c>.json</c>
/// (Provenance document, Telegram export, corpus document) and among feed and HTML for <c>.xml</c>; and by
/// content among all readers for any other extension, with plain text as the last resort. A <c>.json</c>
/// or <c>.xml</c> file that none of its readers accepts is a failure, not plain text.
/// </summary>
internal sealed class FormatDetector
{
    private readonly Dictionary<string, IFormatReader> _byExtension = new(StringComparer.Ordinal);
    private readonly IFormatReader[] _jsonReaders;
    private readonly IFormatReader[] _xmlReaders;
    private readonly IFormatReader[] _sniffOrder;
    private readonly IFormatReader _fallback;

    public FormatDetector()
    {
        var text = new PlainTextReader();
        var markdown = new MarkdownReader();
        var html = new HtmlReader();
        var feed = new FeedReader();
        var documentJson = new DocumentJsonReader();
        var telegram = new TelegramExportReader();
        var corpus = new CorpusJsonReader();
        var jsonLines = new JsonLinesReader();

        foreach (var reader in new IFormatReader[] { text, markdown, html, feed, documentJson, telegram, corpus, jsonLines })
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension.Add(extension, reader);
            }
        }

        _jsonReaders = [documentJson, telegram, corpus];
        _xmlReaders = [feed, html];
        _sniffOrder = [documentJson, telegram, corpus, jsonLines, feed, html];
        _fallback = text;
    }

    /// <summary>True when a reader is chosen for this extension (<c>.json</c> and <c>.xml</c> by content among theirs).</summary>
    public bool HandlesExtension(string extension) =>
        _byExtension.ContainsKey(extension) || extension is ".json" or ".xml";

    public bool TryChoose(SourceText source, out IFormatReader reader, out string? error)
    {
        error = null;
        if (_byExtension.TryGetValue(source.Extension, out reader!))
        {
            return true;
        }

        if (source.Extension == ".json")
        {
            if (!source.TryGetJson(out _, out error))
            {
                return false;
            }

            return TryFirst(_jsonReaders, source, out reader, ref error,
                "JSON that is neither a corpus document, a Telegram channel export nor a Provenance document");
        }

        if (source.Extension == ".xml")
        {
            return TryFirst(_xmlReaders, source, out reader, ref error, "XML that is not an RSS or Atom feed");
        }

        if (!TryFirst(_sniffOrder, source, out reader, ref error, ""))
        {
            error = null;
            reader = _fallback;
        }

        return true;
    }

    private static bool TryFirst(IFormatReader[] candidates, SourceText source, out IFormatReader reader, ref string? error, string noneMessage)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.CanRead(source))
            {
                reader = candidate;
                return true;
            }
        }

        reader = null!;
        error = noneMessage;
        return false;
    }
}
