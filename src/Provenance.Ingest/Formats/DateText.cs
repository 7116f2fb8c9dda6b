using System.Globalization;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Reads the calendar date a source states: <c>2025-11-18</c>, ISO 8601 date-times
/// (<c>2025-11-18T23:10:00-05:00</c>) and RFC 822 dates (<c>Tue, 18 Nov 2025 10:00:00 GMT</c>). The date is
/// the one written in the source's own time zone; it is not converted to UTC, since that would move a
/// late-evening publication to the next day.
/// </summary>
internal static class DateText
{
    /// <summary>The <see cref="Core.DocumentMetadata.Extra"/> key that keeps a published date that did not parse.</summary>
    public const string PublishedTextKey = "published_text";

    /// <summary>
    /// The one rule for a source's published date, for every reader: a date that parses is the date; one that
    /// does not never fails the document, it becomes unknown and the text as written is kept under
    /// <see cref="PublishedTextKey"/> in <paramref name="extra"/>, so nothing the source said is lost.
    /// </summary>
    public static DateOnly? ReadPublished(string? publishedText, IDictionary<string, string> extra)
    {
        if (string.IsNullOrWhiteSpace(publishedText))
        {
            return null;
        }

        if (TryParseDate(publishedText, out var date))
        {
            return date;
        }

        extra[PublishedTextKey] = publishedText.Trim();
        return null;
    }

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy",
    ];

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00",
        ["UT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["Z"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
    };

    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var s = value.Trim();
        // ISO dates and date-times: the first ten characters are the date as written.
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && (s.Length == 10 || s[10] is 'T' or 't' or ' '))
        {
            return true;
        }

        if (TryParseDateTime(s, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        return false;
    }

    /// <summary>Parses ISO 8601 and RFC 822 date-times; a missing zone is taken as UTC.</summary>
    public static bool TryParseDateTime(string? value, out DateTimeOffset moment)
    {
        moment = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var s = value.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment))
        {
            return true;
        }

        // RFC 822: drop the day name, turn "+0000" and zone names into "+00:00".
        var comma = s.IndexOf(',');
        if (comma >= 0 && comma < 10)
        {
            s = s[(comma + 1)..].Trim();
        }

        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0)
        {
            var zone = parts[^1];
            if (ZoneOffsets.TryGetValue(zone, out var offset))
            {
                parts[^1] = offset;
            }
            else if (zone.Length == 5 && zone[0] is '+' or '-' && zone[1..].All(char.IsAsciiDigit))
            {
                parts[^1] = $"{zone[..3]}:{zone[3..]}";
            }

            s = string.Join(' ', parts);
        }

        return DateTimeOffset.TryParseExact(s, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out moment);
    }
}
