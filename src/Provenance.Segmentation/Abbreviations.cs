using System.Collections.Frozen;

namespace Provenance.Segmentation;

/// <summary>
/// The one list of abbreviations that keep their period, shared by <see cref="SentenceAnnotator"/> (which must
/// not end a sentence after "Dr.") and <see cref="TokenAnnotator"/> (which keeps "U.S." as one token).
/// Entries are written with their final period and matched ordinally, case included ("Oct." is an
/// abbreviation, "oct." is not).
/// <para>
/// Besides the listed entries two shapes count, so that the list need not hold every initialism:
/// letters each followed by a period, at least two of them ("U.S.", "D.C.", "a.m.", "J.D."), are
/// <see cref="AbbreviationKind.MayEndSentence"/>; one capital letter and a period ("F.") is an
/// <see cref="AbbreviationKind.Initial"/>. A listed entry wins over a shape ("e.g." never ends a sentence).
/// </para>
/// Instances are immutable and safe to share; <see cref="With"/> returns a copy with one more entry.
/// </summary>
public sealed class Abbreviations
{
    /// <summary>The longest text <see cref="TryClassify"/> looks at; nothing longer is an abbreviation.</summary>
    public const int MaxLength = 16;

    private readonly FrozenDictionary<string, AbbreviationKind> _entries;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var checkedEntries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (abbreviation, kind) in entries)
        {
            Validate(abbreviation);
            checkedEntries[abbreviation] = kind;
        }

        _entries = checkedEntries.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>News-style abbreviations: titles, months, U.S. states as the AP writes them, company suffixes, Latin.</summary>
    public static Abbreviations Default { get; } = new(DefaultEntries());

    /// <summary>The listed entries (the shapes described on the class are not listed).</summary>
    public IReadOnlyDictionary<string, AbbreviationKind> Entries => _entries;

    /// <summary>A copy with <paramref name="abbreviation"/> (written with its final period) added or reclassified.</summary>
    public Abbreviations With(string abbreviation, AbbreviationKind kind)
    {
        Validate(abbreviation);
        return new Abbreviations(_entries.Where(e => e.Key != abbreviation).Append(new(abbreviation, kind)));
    }

    /// <summary>
    /// Classifies <paramref name="word"/>, a word together with the period that follows it ("Oct.", "U.S.").
    /// Returns false for ordinary words, which lose their period to a token of its own.
    /// </summary>
    public bool TryClassify(ReadOnlySpan<char> word, out AbbreviationKind kind)
    {
        kind = default;
        if (word.Length < 2 || word.Length > MaxLength || word[^1] != '.')
        {
            return false;
        }

        if (_lookup.TryGetValue(word, out kind))
        {
            return true;
        }

        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            kind = AbbreviationKind.Initial;
            return true;
        }

        if (IsDottedInitialism(word))
        {
            kind = AbbreviationKind.MayEndSentence;
            return true;
        }

        return false;
    }

    /// <summary>"U.S.", "a.m.", "U.S.A.": letter, period, letter, period, ... at least two letters.</summary>
    private static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void Validate(string abbreviation)
    {
        ArgumentException.ThrowIfNullOrEmpty(abbreviation);
        if (abbreviation.Length < 2 || abbreviation.Length > MaxLength || abbreviation[^1] != '.' || abbreviation.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"An abbreviation is written with its final period, without spaces, 2 to {MaxLength} characters long (\"Dr.\", \"U.S.\"); got \"{abbreviation}\".",
                nameof(abbreviation));
        }
    }

    private static IEnumerable<KeyValuePair<string, AbbreviationKind>> DefaultEntries()
    {
        // Titles and words that stand before what they qualify: a capitalised word after them is a name.
        string[] never =
        [
            "Mr.", "Mrs.", "Ms.", "Mx.", "Messrs.", "Mmes.", "Dr.", "Drs.", "Prof.", "Profs.",
            "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Brig.", "Sgt.", "Cpl.", "Pvt.", "Gens.",
            "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Pres.", "Amb.", "Atty.", "Supt.", "Insp.", "Det.",
            "Rev.", "Hon.", "Fr.", "Sec.", "Lt.Gen.", "Maj.Gen.",
            "vs.", "v.", "e.g.", "i.e.", "cf.", "viz.", "a.k.a.", "approx.", "ca.",
        ];

        // Usually mid-sentence (a month before a day, a state after a city, a suffix after a company)
        // but able to end a sentence.
        string[] may =
        [
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
            "Jr.", "Sr.", "St.", "Mt.", "Ft.", "Ave.", "Blvd.", "Rd.",
            "Inc.", "Corp.", "Ltd.", "Co.", "Cos.", "Bros.", "Plc.", "Dept.", "Univ.", "Assn.", "Intl.", "Govt.",
            "Ph.D.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
            "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.",
            "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
            "etc.", "al.", "est.", "ed.", "eds.", "min.", "hr.", "hrs.", "yr.", "yrs.", "sq.", "ft.", "km.",
            "mln.", "bln.", "bn.",
        ];

        // Words that are abbreviations only before a number: "No. 10" but "He said no."
        string[] beforeNumber = ["No.", "Nos.", "no.", "Fig.", "fig.", "Figs.", "figs.", "Vol.", "vol.", "p.", "pp.", "para.", "Art.", "art.", "Ch.", "ch."];

        foreach (var a in never)
        {
            yield return new(a, AbbreviationKind.NeverEndsSentence);
        }

        foreach (var a in may)
        {
            yield return new(a, AbbreviationKind.MayEndSentence);
        }

        foreach (var a in beforeNumber)
        {
            yield return new(a, AbbreviationKind.BeforeNumber);
        }
    }
}
