namespace Provenance.Segmentation;

/// <summary>How an abbreviation's period behaves at a possible sentence end (see <see cref="Abbreviations"/>).</summary>
public enum AbbreviationKind
{
    /// <summary>
    /// Comes before what it qualifies and so never ends a sentence: titles before a name ("Mr.", "Sen."),
    /// "vs.", "e.g.", "i.e.".
    /// </summary>
    NeverEndsSentence,

    /// <summary>
    /// Usually inside a sentence but can end one ("U.S.", "Oct.", "Inc.", "etc."): the sentence splitter
    /// ends the sentence only when the next word is a clear sentence starter ("The", "He", "But", ...).
    /// The token keeps its period either way.
    /// </summary>
    MayEndSentence,

    /// <summary>
    /// An abbreviation only before a number ("No. 10", "Fig. 3", "p. 12"); elsewhere it is a word and a period
    /// ('He said: "No." Then he left.').
    /// </summary>
    BeforeNumber,

    /// <summary>
    /// A single capital letter with its period: a middle initial ("John F. Kennedy") or, at the end of a
    /// sentence, an ordinary letter ("Plan B."). Splits like <see cref="MayEndSentence"/>; the tokenizer
    /// keeps the period only when the sentence goes on after it.
    /// </summary>
    Initial,
}
