using System.Globalization;

namespace Provenance.Quotes.Polnear;

/// <summary>
/// Reads the attribution relations of a PolNeAR BRAT standoff file (<c>.ann</c>): <c>T</c> lines give labelled
/// spans ("T3	Content 120 211	the ..."), <c>E</c> lines tie them together
/// ("E1	Attribution:T4 Content:T3 Cue:T2 Source:T1"). Only Content, Source and Cue roles are kept. Lines it does
/// not understand are skipped and counted in <paramref name="skipped"/>; nothing throws on malformed input.
/// </summary>
public static class BratAttributionReader
{
    public static IReadOnlyList<BratAttribution> Read(string annotationText, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(annotationText);
        skipped = 0;
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var rawLine in annotationText.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (line[0] == 'T' && fields.Length >= 2 && TryParseSpan(fields[1], out var span))
            {
                spans[fields[0]] = span;
            }
            else if (line[0] == 'E' && fields.Length >= 2)
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (line[0] is not ('T' or 'E' or '#' or 'A' or 'R' or 'N' or '*'))
            {
                skipped++;
            }
        }

        var attributions = new List<BratAttribution>(events.Count);
        foreach (var roles in events)
        {
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || !spans.TryGetValue(role[(colon + 1)..], out var span))
                {
                    continue;
                }

                // Roles may be numbered when repeated ("Content2:T9").
                var name = role[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                var target = name switch
                {
                    "Content" => content,
                    "Source" => source,
                    "Cue" => cue,
                    _ => null,
                };
                target?.Add(span);
            }

            attributions.Add(new BratAttribution(content, source, cue));
        }

        return attributions;
    }

    /// <summary>Parses "Label 10 20" or "Label 10 20;25 30" (a discontinuous span, joined into one).</summary>
    private static bool TryParseSpan(string field, out TextSpan span)
    {
        span = default;
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        int? start = null;
        var end = 0;
        foreach (var fragment in field[(space + 1)..].Split(';'))
        {
            var parts = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var e) || e < s)
            {
                return false;
            }

            start ??= s;
            end = Math.Max(end, e);
        }

        if (start is null)
        {
            return false;
        }

        span = new TextSpan(start.Value, end);
        return true;
    }
}
