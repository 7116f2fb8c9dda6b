using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Json;

/// <summary>
/// Reads a Telegram Desktop channel export (<c>result.json</c>: <c>{"name", "type", "id", "messages": [...]}</c>).
/// Each message of type <c>"message"</c> whose text is not empty is a document named
/// <c>result.json#&lt;message id&gt;</c>; service messages (pins, joins) and media without a caption are skipped,
/// since they hold no prose (an export with no message with text at all fails as "no text found", the rule of
/// <see cref="DocumentSource"/>). The text is <c>text_entities</c> when present, else <c>text</c> (a string, or an
/// array of strings and <c>{"type", "text", "href"?}</c> entity objects), concatenated exactly: entity
/// formatting is dropped, links become <see cref="MarkupKind.Link"/> spans (target <c>href</c> for
/// <c>text_link</c>, the text itself for <c>link</c>, <c>mailto:</c> for <c>email</c>) and Telegram block
/// quotes become <see cref="MarkupKind.BlockQuote"/> spans. Metadata: outlet = channel name, published =
/// message date (as written, local to the exporting machine; one that does not parse is unknown and kept in
/// <c>Extra["published_text"]</c>), author = the post signature (<c>author</c>)
/// else <c>from</c>, forwarded-from kept, and the message id, channel id and replied-to message id in
/// <see cref="DocumentMetadata.Extra"/>. Not read: whole-account exports (<c>chats.list</c>).
/// </summary>
internal sealed class TelegramExportReader : IFormatReader
{
    public string FormatName => "Telegram channel export";

    /// <summary>None: <c>.json</c> is shared with other formats and decided by content.</summary>
    public IReadOnlyCollection<string> Extensions { get; } = [];

    public bool CanRead(SourceText source) =>
        source.TryGetJson(out var root, out _)
        && root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
        && !DocumentJsonReader.IsDocument(root)
        && DocumentJsonReader.ForeignFormatOf(root) is null;

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        if (!source.TryGetJson(out var root, out var error))
        {
            yield return ReaderOutput.Failure(source.SourcePath, error!);
            yield break;
        }

        var channel = StringOf(root, "name");
        var channelId = ScalarOf(root, "id");
        var position = 0;
        foreach (var message in root.GetProperty("messages").EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            position++;
            if (message.ValueKind != JsonValueKind.Object)
            {
                yield return ReaderOutput.Failure($"{source.SourcePath}#{position}", $"message {position} is not a JSON object");
                continue;
            }

            if (StringOf(message, "type") != "message")
            {
                continue;
            }

            var messageId = ScalarOf(message, "id");
            var messagePath = $"{source.SourcePath}#{messageId ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            var (text, markup) = Flatten(message);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ReaderOutput.Draft(messagePath, text, MetadataOf(message, channel, channelId, messageId), markup);
        }
    }

    private static DocumentMetadata MetadataOf(JsonElement message, string? channel, string? channelId, string? messageId)
    {
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (messageId is not null)
        {
            extra["message_id"] = messageId;
        }

        if (channelId is not null)
        {
            extra["channel_id"] = channelId;
        }

        if (ScalarOf(message, "reply_to_message_id") is { } replyTo)
        {
            extra["reply_to_message_id"] = replyTo;
        }

        return new DocumentMetadata
        {
            Outlet = channel,
            Published = DateText.ReadPublished(StringOf(message, "date"), extra),
            Author = StringOf(message, "author") ?? StringOf(message, "from"),
            ForwardedFrom = StringOf(message, "forwarded_from"),
            Extra = extra.ToImmutable(),
        };
    }

    private static (string Text, List<MarkupSpan> Markup) Flatten(JsonElement message)
    {
        var text = new StringBuilder();
        var markup = new List<MarkupSpan>();
        var source = message.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities
            : message.TryGetProperty("text", out var plain) ? plain : default;
        switch (source.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(source.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var part in source.EnumerateArray())
                {
                    AppendPart(part, text, markup);
                }

                break;
        }

        return (text.ToString(), markup);
    }

    private static void AppendPart(JsonElement part, StringBuilder text, List<MarkupSpan> markup)
    {
        if (part.ValueKind == JsonValueKind.String)
        {
            text.Append(part.GetString());
            return;
        }

        if (part.ValueKind != JsonValueKind.Object || StringOf(part, "text", keepBlank: true) is not { } partText)
        {
            return;
        }

        var start = text.Length;
        text.Append(partText);
        if (partText.Length == 0)
        {
            return;
        }

        (MarkupKind Kind, string? Target)? evidence = StringOf(part, "type") switch
        {
            "text_link" => (MarkupKind.Link, StringOf(part, "href") ?? partText),
            "link" => (MarkupKind.Link, partText),
            "email" => (MarkupKind.Link, "mailto:" + partText),
            "blockquote" or "expandable_blockquote" => (MarkupKind.BlockQuote, null),
            _ => null,
        };
        // The span leaves out white space at its edges (a quote entity often ends with its line break).
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (evidence is { } e && end > start)
        {
            markup.Add(new MarkupSpan(start, end, e.Kind, e.Target));
        }
    }

    private static string? StringOf(JsonElement element, string property, bool keepBlank = false) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && (keepBlank || !string.IsNullOrWhiteSpace(value.GetString()))
            ? value.GetString()
            : null;

    private static string? ScalarOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
