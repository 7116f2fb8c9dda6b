using System.Collections.Immutable;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Entities.Roles;

/// <summary>
/// One document as the role rules see it: its tokens (with their words), its sentences as token ranges and its
/// entity mentions aligned to tokens. Mentions that do not start and end on token boundaries (a place inside
/// "Russia-Ukraine") are left out. Built once per document; read-only afterwards.
/// </summary>
internal sealed class RoleContext
{
    private readonly MentionRef?[] _startingAt;
    private readonly MentionRef?[] _endingAt;
    private readonly int[] _sentenceOf;
    private readonly MentionRef?[] _covering;
    private readonly List<MentionRef>[] _personsBySentence;

    public RoleContext(Document document)
    {
        Text = document.Text;
        Tokens = document.Get(Layers.Tokens);
        Words = new string[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            Words[i] = Text[Tokens[i].Start..Tokens[i].End];
        }

        Sentences = SentenceTokenRanges.Of(document.Get(Layers.Sentences), Tokens, keepEmpty: true);
        _sentenceOf = new int[Tokens.Length];
        Array.Fill(_sentenceOf, -1);
        for (var s = 0; s < Sentences.Count; s++)
        {
            for (var t = Sentences[s].First; t < Sentences[s].End; t++)
            {
                _sentenceOf[t] = s;
            }
        }

        _startingAt = new MentionRef?[Tokens.Length];
        _endingAt = new MentionRef?[Tokens.Length];
        _covering = new MentionRef?[Tokens.Length];
        _personsBySentence = new List<MentionRef>[Sentences.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            _personsBySentence[s] = [];
        }

        var mentions = new List<MentionRef>();
        foreach (var mention in document.Get(Layers.Entities))
        {
            if (ToTokens(mention) is not { } aligned)
            {
                continue;
            }

            mentions.Add(aligned);
            // The first mention wins where two share a boundary (the layer allows overlap).
            _startingAt[aligned.First] ??= aligned;
            _endingAt[aligned.End - 1] ??= aligned;
            for (var t = aligned.First; t < aligned.End; t++)
            {
                _covering[t] ??= aligned;
            }

            var sentence = _sentenceOf[aligned.First];
            if (aligned.IsPerson && sentence >= 0 && aligned.End <= Sentences[sentence].End)
            {
                _personsBySentence[sentence].Add(aligned);
            }
        }

        Mentions = mentions;
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public string[] Words { get; }

    /// <summary>Each sentence as the token range [First, End).</summary>
    public IReadOnlyList<(int First, int End)> Sentences { get; }

    /// <summary>Entity mentions aligned to tokens, in document order.</summary>
    public IReadOnlyList<MentionRef> Mentions { get; }

    public int SentenceOf(int token) => _sentenceOf[token];

    /// <summary>The person mentions inside sentence <paramref name="sentence"/>, in order.</summary>
    public IReadOnlyList<MentionRef> PersonsIn(int sentence) => _personsBySentence[sentence];

    public MentionRef? MentionStartingAt(int token) => token >= 0 && token < _startingAt.Length ? _startingAt[token] : null;

    public MentionRef? MentionEndingAt(int token) => token >= 0 && token < _endingAt.Length ? _endingAt[token] : null;

    public MentionRef? PersonStartingAt(int token) => MentionStartingAt(token) is { IsPerson: true } m ? m : null;

    /// <summary>The mention whose tokens include <paramref name="token"/>, if any.</summary>
    public MentionRef? MentionCovering(int token) => token >= 0 && token < _covering.Length ? _covering[token] : null;

    public string Lower(int token) => Words[token].ToLowerInvariant();

    public bool IsWord(int token, params string[] words) =>
        token >= 0 && token < Words.Length && words.Contains(Words[token], StringComparer.OrdinalIgnoreCase);

    /// <summary>"'s", "’s" or a bare apostrophe after a name ending in s ("Axios'").</summary>
    public bool IsPossessiveMarker(int token)
    {
        if (token <= 0 || token >= Words.Length || SpaceBefore(token))
        {
            return false;
        }

        return Words[token] is "'s" or "’s" or "'S" or "’S"
            || (Words[token] is "'" or "’" && Words[token - 1].EndsWith('s'));
    }

    public bool IsCapitalised(int token) => Words[token].Length > 0 && char.IsUpper(Words[token][0]);

    public bool IsPunctuation(int token) => Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>Quotation marks, which a role phrase may contain ("the “Harbour” group") but never shows.</summary>
    public bool IsQuoteMark(int token) => Words[token] is "“" or "”" or "\"" or "‘" or "’" or "'" or "«" or "»" or "„";

    /// <summary>A comma, semicolon, colon, dash, full stop or other mark that closes a phrase.</summary>
    public bool IsClosingMark(int token) =>
        Words[token] is "," or ";" or ":" or "." or "!" or "?" or "—" or "–" or "-" or ")" or "(" or "…" or "[" or "]";

    /// <summary>Whether there is white space between token <paramref name="token"/> and the one before it.</summary>
    public bool SpaceBefore(int token) => token > 0 && Tokens[token].Start > Tokens[token - 1].End;

    /// <summary>
    /// The person a "his"/"her" at <paramref name="token"/> most likely means: the nearest person named before it in
    /// the same sentence who is not <paramref name="exclude"/>, else the first person named in the sentence before
    /// (usually its subject); null when there is none.
    /// </summary>
    public MentionRef? ResolvePronoun(int token, MentionRef? exclude)
    {
        var sentence = SentenceOf(token);
        if (sentence < 0)
        {
            return null;
        }

        var inSentence = PersonsIn(sentence).Where(m => m.End <= token && m != exclude).LastOrDefault();
        if (inSentence is not null || sentence == 0)
        {
            return inSentence;
        }

        return PersonsIn(sentence - 1).FirstOrDefault(m => m != exclude && !IsPossessiveMarker(m.End));
    }

    private MentionRef? ToTokens(EntityMention mention)
    {
        // Tokens are sorted; a binary search finds the first token that starts at the mention.
        var lo = 0;
        var hi = Tokens.Length - 1;
        var first = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < mention.Start)
            {
                lo = mid + 1;
            }
            else
            {
                if (Tokens[mid].Start == mention.Start)
                {
                    first = mid;
                }

                hi = mid - 1;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var end = first;
        while (end < Tokens.Length && Tokens[end].End <= mention.End)
        {
            end++;
        }

        return end > first && Tokens[end - 1].End == mention.End ? new MentionRef(first, end, mention) : null;
    }
}
