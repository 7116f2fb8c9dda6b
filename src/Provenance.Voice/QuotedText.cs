using System.Text;

namespace Provenance.Voice;

/// <summary>
/// Blanks out what stands inside quotation marks (“…”, "…", and ‘…’ when the ‘ opens a word), so that the
/// register of a paragraph is judged on the writer's own words: "I" inside a quotation is the speaker's, not
/// the author's. Apostrophes inside words (“it’s”) are left alone. An unclosed quotation runs to the end.
/// </summary>
public static class QuotedText
{
    public static string Outside(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        char? closer = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (closer is { } close)
            {
                var closes = c == close && (close != '’' || i + 1 >= text.Length || !char.IsLetter(text[i + 1]));
                if (closes)
                {
                    closer = null;
                    result.Append(c);
                }
                else
                {
                    result.Append(char.IsWhiteSpace(c) ? c : ' ');
                }

                continue;
            }

            closer = c switch
            {
                '“' => '”',
                '"' => '"',
                '«' => '»',
                '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => '’',
                _ => null,
            };
            result.Append(c);
        }

        return result.ToString();
    }
}
