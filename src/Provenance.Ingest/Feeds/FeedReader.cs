using System.Collections.Immutable;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;
using Provenance.Ingest.Html;

namespace Provenance.Ingest.Feeds;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed (<c>.rss</c>, <c>.atom</c>, or <c>.xml</c> whose root is <c>rss</c> or
/// <c>feed</c>) with System.ServiceModel.Syndication; each item is a document named
/// <c>feed.xml#n</c> (n counts items from 1). Its text is the item's full content (<c>content:encoded</c>, Atom
/// <c>content</c>), else its description or summary, turned into paragraphs by the HTML code of
/// <see cref="HtmlTextExtractor"/> (Atom <c>type="text"</c> content is kept line by line instead). Metadata:
/// url = the item's link, published = its publication date (else its update date), title, author
/// (<c>dc:creator</c>, else the item's author; RSS's <c>email (Name)</c> gives the name, see <see cref="RssAuthor"/>),
/// outlet = the feed's title, language = the feed's. Dates that do not parse are left unknown rather than
/// failing the item, with the text kept in <c>Extra["published_text"]</c> (<see cref="DateText.ReadPublished"/>).
/// An item with no text is skipped, not a failure (a feed with no text at all fails as "no text found"). Malformed XML fails the whole
/// feed once, naming the line and position; an item that cannot be read fails alone. RSS 1.0 (RDF) is
/// not read.
/// </summary>
internal sealed class FeedReader : IFormatReader
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public string FormatName => "RSS/Atom feed";

    public IReadOnlyCollection<string> Extensions { get; } = [".rss", ".atom"];

    public bool CanRead(SourceText source)
    {
        if (!source.StartsWith('<'))
        {
            return false;
        }

        var head = source.Text.AsSpan(0, Math.Min(source.Text.Length, 4096));
        return head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal);
    }

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        var unparsedDates = new List<string>();
        if (!TryLoad(source.Text, unparsedDates, out var feed, out var items, out var isAtom, out var error))
        {
            yield return ReaderOutput.Failure(source.SourcePath, error!);
            yield break;
        }

        var number = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var output = TryReadItem(feed, item, isAtom, unparsedDates, $"{source.SourcePath}#{number}");
            // An entry with no text (a link-only or photo-only post) is skipped, not a failure.
            if (output.Error is not null || !string.IsNullOrWhiteSpace(output.Text))
            {
                yield return output;
            }
        }
    }

    private static bool TryLoad(string text, List<string> unparsedDates, out SyndicationFeed feed, out List<SyndicationItem> items, out bool isAtom, out string? error)
    {
        feed = null!;
        items = [];
        isAtom = false;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            isAtom = formatter is Atom10FeedFormatter;
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset moment) => ParseDate(data, unparsedDates, out moment);
            if (!formatter.CanRead(reader))
            {
                error = $"XML root <{reader.LocalName}> is not an RSS 2.0 or Atom 1.0 feed";
                return false;
            }

            formatter.ReadFrom(reader);
            feed = formatter.Feed;
            // Items may be read lazily from the XML; read them all now, while a syntax error can still be caught here.
            items = feed.Items.ToList();
            error = null;
            return true;
        }
        catch (XmlException e)
        {
            // XmlException's message already names the line and position.
            error = $"malformed XML feed: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// Lenient dates: an unreadable date must not fail the item, and its text must survive for
    /// <see cref="DateText.ReadPublished"/>. The formatter only passes on a <see cref="DateTimeOffset"/>, so an
    /// unreadable date becomes a marker moment in the first ticks of year 1 (no feed states such a date) whose
    /// tick count indexes <paramref name="unparsedDates"/>.
    /// </summary>
    private static bool ParseDate(XmlDateTimeData data, List<string> unparsedDates, out DateTimeOffset moment)
    {
        if (!DateText.TryParseDateTime(data.DateTimeString, out moment))
        {
            unparsedDates.Add(data.DateTimeString ?? "");
            moment = new DateTimeOffset(unparsedDates.Count, TimeSpan.Zero);
        }

        return true;
    }

    private static string? UnparsedDateOf(DateTimeOffset moment, List<string> unparsedDates) =>
        moment.Ticks > 0 && moment.Ticks <= unparsedDates.Count && moment.Offset == TimeSpan.Zero ? unparsedDates[(int)moment.Ticks - 1] : null;

    private static bool IsDate(DateTimeOffset moment, List<string> unparsedDates) =>
        moment != default && UnparsedDateOf(moment, unparsedDates) is null;

    private static ReaderOutput TryReadItem(SyndicationFeed feed, SyndicationItem item, bool isAtom, List<string> unparsedDates, string itemPath)
    {
        try
        {
            var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()?.ToString()
                ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri) && idUri.Scheme is "http" or "https" ? item.Id : null);
            Uri.TryCreate(url, UriKind.Absolute, out var baseUri);
            var (text, markup) = ItemText(item, isAtom, baseUri);

            var creators = item.ElementExtensions
                .Where(e => e.OuterName == "creator" && e.OuterNamespace == DublinCoreNamespace)
                .Select(e => e.GetObject<string>()?.Trim())
                .Where(c => !string.IsNullOrEmpty(c))
                .ToList();
            var author = creators.Count > 0 ? string.Join(", ", creators)
                : item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
            author = RssAuthor.NameOf(author);

            var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (!string.IsNullOrWhiteSpace(item.Id))
            {
                extra["feed_item_id"] = item.Id;
            }

            // The publication date, else the update date; a date that does not parse is kept as text.
            DateOnly? published = null;
            foreach (var moment in new[] { item.PublishDate, item.LastUpdatedTime })
            {
                if (IsDate(moment, unparsedDates))
                {
                    published = DateOnly.FromDateTime(moment.DateTime);
                    break;
                }

                if (UnparsedDateOf(moment, unparsedDates) is { } unparsed && DateText.ReadPublished(unparsed, extra) is { } date)
                {
                    published = date;
                    break;
                }
            }

            var metadata = new DocumentMetadata
            {
                Url = url,
                Title = Collapse(item.Title?.Text),
                Author = Collapse(author),
                Published = published,
                Outlet = Collapse(feed.Title?.Text),
                Language = LanguageTag.ToCode(feed.Language),
                Extra = extra.ToImmutable(),
            };
            return ReaderOutput.Draft(itemPath, text, metadata, markup);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or System.Runtime.Serialization.SerializationException)
        {
            return ReaderOutput.Failure(itemPath, $"feed item cannot be read: {e.Message}");
        }
    }

    private static (string Text, IReadOnlyList<MarkupSpan> Markup) ItemText(SyndicationItem item, bool isAtom, Uri? baseUri)
    {
        var encoded = item.ElementExtensions
            .FirstOrDefault(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModuleNamespace)?
            .GetObject<string>();
        if (!string.IsNullOrWhiteSpace(encoded))
        {
            return FromHtml(encoded, baseUri);
        }

        foreach (var content in new[] { item.Content as TextSyndicationContent, item.Summary })
        {
            if (content is null || string.IsNullOrWhiteSpace(content.Text))
            {
                continue;
            }

            // RSS descriptions are HTML whatever they declare; Atom says which it is.
            return isAtom && content.Type == "text" ? (PlainLines(content.Text), []) : FromHtml(content.Text, baseUri);
        }

        return ("", []);
    }

    private static (string, IReadOnlyList<MarkupSpan>) FromHtml(string html, Uri? baseUri)
    {
        if (HtmlNestingGuard.IsTooDeep(html))
        {
            throw new InvalidOperationException(HtmlNestingGuard.Message);
        }

        var fragment = new HtmlParser().ParseDocument(html);
        var extracted = HtmlTextExtractor.Extract(fragment.Body ?? fragment.DocumentElement, baseUri);
        return (extracted.Text, extracted.Markup);
    }

    private static string PlainLines(string text) =>
        string.Join('\n', SourceDecoder.FoldLineEndings(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string? Collapse(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } collapsed ? collapsed : null;
}
