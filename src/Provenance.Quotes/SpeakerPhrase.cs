namespace Provenance.Quotes;

/// <summary>The words that name a speaker in the text, <c>[Start, End)</c>, before resolution.</summary>
internal sealed record SpeakerPhrase(int Start, int End, SpeakerPhraseKind Kind, string Text);
