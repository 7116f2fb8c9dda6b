using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Provenance.Core.Annotations;

namespace Provenance.Segmentation;

/// <summary>
/// Tokenizes one sentence span for <see cref="TokenAnnotator"/> (whose class comment states the rules).
/// A short-lived value made per sentence; it reads the text in place and allocates only the tokens.
/// </summary>
internal readonly struct TokenScanner
{
    /// <summary>Top-level domains that make "name.tld" an address. Two-letter words ("in", "it", "me", "to", "am") are left out on purpose.</summary>
    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "news", "tv", "online", "site", "app",
        "dev", "ai", "uk", "ru", "ua", "su", "by", "kz", "de", "fr", "es", "pl", "eu", "ca", "au", "nz", "ch", "nl",
        "se", "fi", "dk", "cz", "sk", "hu", "ro", "bg", "rs", "hr", "lt", "lv", "ee", "md", "pt", "gr", "ie", "za",
        "br", "mx", "ar", "cn", "jp", "kr", "il", "ir", "tr", "az", "ae", "sa", "qa", "pk", "ng", "ke", "eg", "sy",
        "iq", "af", "co", "us", "ge", "uz", "kg", "tj", "fm", "ly");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly Abbreviations _abbreviations;
    private readonly bool _splitNumberRanges;

    /// <summary>The last letter or digit of the sentence: a period after it is sentence-final.</summary>
    private readonly int _lastLetterOrDigit;

    // Cheap whole-sentence checks that let most words skip the address rules.
    private readonly bool _mayHoldAddress;
    private readonly bool _mayHoldEmail;

    public TokenScanner(string text, int start, int end, TokenOptions options)
    {
        _text = text;
        _start = start;
        _end = end;
        _abbreviations = options.Abbreviations;
        _splitNumberRanges = options.SplitNumberRanges;

        var last = end - 1;
        while (last >= start && !char.IsLetterOrDigit(text[last]))
        {
            last--;
        }

        _lastLetterOrDigit = last;
        var span = text.AsSpan(start, end - start);
        _mayHoldAddress = span.Contains("://", StringComparison.Ordinal) || span.Contains("www.", StringComparison.OrdinalIgnoreCase);
        _mayHoldEmail = span.Contains('@');
    }

    public void ScanInto(List<Token> output)
    {
        var position = _start;
        while (position < _end)
        {
            if (TextChars.IsSpace(_text[position]))
            {
                position++;
                continue;
            }

            var end = NextToken(position, out var kind);
            output.Add(new Token(position, end, kind));
            position = end;
        }
    }

    /// <summary>Reads the token starting at <paramref name="position"/> (not whitespace) and returns its end.</summary>
    private int NextToken(int position, out TokenKind kind)
    {
        var c = _text[position];
        if (_mayHoldAddress && (c | 0x20) is 'h' or 'w' or 'f' && TryScanAddress(position, out var addressEnd))
        {
            kind = TokenKind.Url;
            return addressEnd;
        }

        if (c is '@' or '#' && TextChars.IsWordCharAt(_text, position + 1, _end))
        {
            kind = TokenKind.Symbol;
            return SkipWordChars(position + 1);
        }

        if (TextChars.IsApostrophe(c) && IsWordCharBefore(position) && TryScanClitic(position, out var cliticEnd))
        {
            kind = TokenKind.Word;
            return cliticEnd;
        }

        var rune = TextChars.RuneAt(_text, position, _end, out _);
        if (TextChars.IsWordRune(rune))
        {
            if (_mayHoldEmail && TryScanEmail(position, out var emailEnd))
            {
                kind = TokenKind.Url;
                return emailEnd;
            }

            if (IsNegation(position))
            {
                kind = TokenKind.Word;
                return position + 3;
            }

            return ScanWord(position, out kind);
        }

        if (c is '.' or '-' or '?' or '!')
        {
            var run = position + 1;
            while (run < _end && (_text[run] == c || (c is '?' or '!' && _text[run] is '?' or '!')))
            {
                run++;
            }

            kind = TokenKind.Punctuation;
            return run;
        }

        kind = Classify(rune);
        return position + TextChars.GraphemeLength(_text, position, _end);
    }

    /// <summary>A word or number starting at <paramref name="position"/>, with its joined parts and abbreviation period.</summary>
    private int ScanWord(int position, out TokenKind kind)
    {
        var i = position;
        var pieceStart = position;
        var hasLetter = false;
        var lastInnerDot = -1;

        if (char.IsDigit(_text[i]))
        {
            if (TryScanIsoDate(i, out var dateEnd))
            {
                kind = TokenKind.Number;
                return dateEnd;
            }

            var numberEnd = ScanClockTime(i, ScanNumber(i));
            if (TextChars.IsWordCharAt(_text, numberEnd, _end))
            {
                if (TryScanNumberSuffix(numberEnd, out var suffixEnd))
                {
                    kind = TokenKind.Number;
                    return suffixEnd;
                }
            }
            else if (!(numberEnd + 1 < _end && TextChars.IsHyphen(_text[numberEnd]) && TextChars.IsWordCharAt(_text, numberEnd + 1, _end))
                     || (_splitNumberRanges && IsBareNumberAt(numberEnd + 1)))
            {
                kind = TokenKind.Number;
                return numberEnd;
            }

            i = numberEnd;
        }

        while (true)
        {
            while (i < _end)
            {
                var rune = TextChars.RuneAt(_text, i, _end, out var length);
                if (TextChars.IsWordRune(rune))
                {
                    hasLetter |= Rune.IsLetter(rune);
                    i += length;
                }
                else if (TextChars.IsFormat(rune) && TextChars.IsWordCharAt(_text, i + length, _end))
                {
                    i += length; // A soft hyphen or joiner inside a word.
                }
                else
                {
                    break;
                }
            }

            if (i >= _end)
            {
                break;
            }

            var c = _text[i];
            if (TextChars.IsHyphen(c) && TextChars.IsWordCharAt(_text, i + 1, _end))
            {
                i++;
                pieceStart = i;
                continue;
            }

            if (TextChars.IsApostrophe(c) && TextChars.IsLetterAt(_text, i + 1, _end))
            {
                if (TryScanClitic(i, out _))
                {
                    break;
                }

                if (i - 1 > pieceStart && IsNegation(i - 1))
                {
                    i--;
                    break;
                }

                i++;
                continue;
            }

            if (c == '.' && TextChars.IsLetterAt(_text, i + 1, _end))
            {
                lastInnerDot = i;
                i++;
                continue;
            }

            if (c == '.'
                && _abbreviations.TryClassify(_text.AsSpan(pieceStart, i + 1 - pieceStart), out var abbreviation)
                && KeepsPeriod(abbreviation, i))
            {
                i++;
                if (i + 1 < _end && TextChars.IsHyphen(_text[i]) && TextChars.IsWordCharAt(_text, i + 1, _end))
                {
                    i++; // "U.S.-Russia"
                    pieceStart = i;
                    continue;
                }
            }

            break;
        }

        if (lastInnerDot > position && _text[i - 1] != '.' && IsTopLevelDomain(lastInnerDot + 1, i))
        {
            kind = TokenKind.Url;
            return i < _end && _text[i] == '/' ? TrimAddressEnd(i, SkipToAddressEnd(i)) : i;
        }

        kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        return i;
    }

    /// <summary>Whether the abbreviation ending with the period at <paramref name="period"/> keeps it (see <see cref="AbbreviationKind"/>).</summary>
    private bool KeepsPeriod(AbbreviationKind kind, int period)
    {
        switch (kind)
        {
            case AbbreviationKind.Initial:
                return period < _lastLetterOrDigit;
            case AbbreviationKind.BeforeNumber:
                var next = period + 1;
                while (next < _end && TextChars.IsSpace(_text[next]))
                {
                    next++;
                }

                return next < _end && char.IsDigit(_text[next]);
            default:
                return true;
        }
    }

    /// <summary>Digits with decimal points and three-digit thousands groups: "14.5", "3,000", "1,234.56".</summary>
    private int ScanNumber(int i)
    {
        while (i < _end && char.IsDigit(_text[i]))
        {
            i++;
        }

        while (i + 1 < _end)
        {
            if (_text[i] == '.' && char.IsDigit(_text[i + 1]))
            {
                i += 2;
                while (i < _end && char.IsDigit(_text[i]))
                {
                    i++;
                }
            }
            else if (_text[i] == ',' && i + 3 < _end
                     && char.IsDigit(_text[i + 1]) && char.IsDigit(_text[i + 2]) && char.IsDigit(_text[i + 3])
                     && (i + 4 >= _end || !char.IsDigit(_text[i + 4])))
            {
                i += 4;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>"10:30" and "10:30:15" after one or two digits.</summary>
    private int ScanClockTime(int start, int numberEnd)
    {
        if (numberEnd - start > 2)
        {
            return numberEnd;
        }

        for (var i = start; i < numberEnd; i++)
        {
            if (!char.IsAsciiDigit(_text[i]))
            {
                return numberEnd;
            }
        }

        var end = numberEnd;
        for (var part = 0; part < 2; part++)
        {
            if (end + 2 < _end && _text[end] == ':' && char.IsAsciiDigit(_text[end + 1]) && char.IsAsciiDigit(_text[end + 2])
                && (end + 3 >= _end || !char.IsDigit(_text[end + 3])))
            {
                end += 3;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>"2025-11-18": kept whole rather than split as two ranges.</summary>
    private bool TryScanIsoDate(int i, out int end)
    {
        end = i + 10;
        if (end > _end)
        {
            return false;
        }

        var s = _text.AsSpan(i, 10);
        return char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3])
               && s[4] == '-' && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6])
               && s[7] == '-' && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9])
               && !TextChars.IsWordCharAt(_text, end, _end)
               && !(end < _end && TextChars.IsHyphen(_text[end]));
    }

    /// <summary>Ordinal and decade suffixes glued to a number: "24th", "1st", "1990s".</summary>
    private bool TryScanNumberSuffix(int i, out int end)
    {
        end = i;
        while (end < _end && end - i < 3 && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        var length = end - i;
        if (length is 0 or 3 || TextChars.IsWordCharAt(_text, end, _end)
            || (end + 1 < _end && TextChars.IsHyphen(_text[end]) && TextChars.IsWordCharAt(_text, end + 1, _end)))
        {
            return false;
        }

        var a = (char)(_text[i] | 0x20);
        if (length == 1)
        {
            return a == 's';
        }

        var b = (char)(_text[i + 1] | 0x20);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    /// <summary>Whether a plain number (no letters glued on) starts at <paramref name="i"/>: the far end of a range.</summary>
    private bool IsBareNumberAt(int i)
    {
        if (i >= _end || !char.IsDigit(_text[i]))
        {
            return false;
        }

        var end = ScanNumber(i);
        return !TextChars.IsWordCharAt(_text, end, _end);
    }

    /// <summary>"'s", "’re", "'ve", "'ll", "'d", "'m" after a word, ending there.</summary>
    private bool TryScanClitic(int apostrophe, out int end)
    {
        var i = apostrophe + 1;
        end = i;
        while (end < _end && end - i < 3 && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        var length = end - i;
        if (length is 0 or 3 || TextChars.IsWordCharAt(_text, end, _end))
        {
            return false;
        }

        var a = (char)(_text[i] | 0x20);
        if (length == 1)
        {
            return a is 's' or 'm' or 'd';
        }

        var b = (char)(_text[i + 1] | 0x20);
        return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l');
    }

    /// <summary>"n't" at <paramref name="i"/>, ending a word.</summary>
    private bool IsNegation(int i) =>
        i + 2 < _end
        && _text[i] is 'n' or 'N'
        && TextChars.IsApostrophe(_text[i + 1])
        && _text[i + 2] is 't' or 'T'
        && !TextChars.IsWordCharAt(_text, i + 3, _end);

    private bool IsWordCharBefore(int position)
    {
        if (position <= _start)
        {
            return false;
        }

        var c = _text[position - 1];
        if (char.IsLowSurrogate(c) && position - 2 >= _start && char.IsHighSurrogate(_text[position - 2]))
        {
            return TextChars.IsWordRune(new Rune(_text[position - 2], c));
        }

        return !char.IsSurrogate(c) && TextChars.IsWordRune(new Rune(c));
    }

    private int SkipWordChars(int i)
    {
        while (i < _end)
        {
            var rune = TextChars.RuneAt(_text, i, _end, out var length);
            if (!TextChars.IsWordRune(rune))
            {
                break;
            }

            i += length;
        }

        return i;
    }

    /// <summary>"https://…", "http://…", "ftp://…", "www.…" up to a space, less trailing punctuation.</summary>
    private bool TryScanAddress(int position, out int end)
    {
        end = position;
        var rest = _text.AsSpan(position, _end - position);
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 6;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return false;
        }

        if (!TextChars.IsWordCharAt(_text, position + prefix, _end) || (position > _start && TextChars.IsWordCharAt(_text, position - 1, _end)))
        {
            return false;
        }

        end = TrimAddressEnd(position + prefix, SkipToAddressEnd(position + prefix));
        return true;
    }

    private int SkipToAddressEnd(int i)
    {
        while (i < _end && !TextChars.IsSpace(_text[i]) && _text[i] is not ('<' or '>' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Drops punctuation that ends the sentence rather than the address; keeps a ")" the address opened.</summary>
    private int TrimAddressEnd(int bodyStart, int end)
    {
        var open = 0;
        var close = 0;
        for (var i = bodyStart; i < end; i++)
        {
            open += _text[i] == '(' ? 1 : 0;
            close += _text[i] == ')' ? 1 : 0;
        }

        while (end > bodyStart)
        {
            var c = _text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or '\u2026' or ']' or '}')
            {
                end--;
            }
            else if (c == ')' && close > open)
            {
                close--;
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>"name@example.org": ASCII local part, "@", at least two domain labels, the last of letters.</summary>
    private bool TryScanEmail(int position, out int end)
    {
        end = position;
        var i = position;
        while (i < _end && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '.' or '_' or '%' or '+' or '-'))
        {
            i++;
        }

        if (i == position || i + 1 >= _end || _text[i] != '@' || _text[i - 1] == '.')
        {
            return false;
        }

        var domainStart = i + 1;
        var j = domainStart;
        var lastDot = -1;
        while (j < _end)
        {
            var c = _text[j];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                j++;
            }
            else if (c == '.' && j > domainStart && j + 1 < _end && char.IsAsciiLetterOrDigit(_text[j + 1]))
            {
                lastDot = j;
                j++;
            }
            else
            {
                break;
            }
        }

        if (lastDot < 0 || j - lastDot - 1 < 2)
        {
            return false;
        }

        for (var k = lastDot + 1; k < j; k++)
        {
            if (!char.IsAsciiLetter(_text[k]))
            {
                return false;
            }
        }

        end = j;
        return true;
    }

    private bool IsTopLevelDomain(int start, int end)
    {
        if (end - start is < 2 or > 6)
        {
            return false;
        }

        var label = _text.AsSpan(start, end - start);
        return !label.ContainsAnyExceptInRange('a', 'z') && TopLevelDomainLookup.Contains(label);
    }

    private static TokenKind Classify(Rune rune)
    {
        if (rune.Value is '%' or '\u2030' or '\u2031' or '&' or '@' or '#' or '*' or '\u2020' or '\u2021' or '\u00A7' or '\u00B6')
        {
            return TokenKind.Symbol;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            UnicodeCategory.OtherNumber => TokenKind.Number,
            _ => TokenKind.Symbol,
        };
    }
}
