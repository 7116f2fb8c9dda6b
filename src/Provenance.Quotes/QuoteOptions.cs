namespace Provenance.Quotes;

/// <summary>
/// Settings of <see cref="QuoteAnnotator"/>. The defaults suit news and commentary in English.
/// </summary>
/// <param name="MaxQuoteLength">A quotation mark left open longer than this (UTF-16 units) is taken as a stray mark.</param>
/// <param name="MinIndirectWords">Reported clauses shorter than this many words are not quotes ("he said so").</param>
/// <param name="MinUnattributedDirectWords">A quotation with no cue of its own is given to the previous speaker
/// only when it has at least this many words; shorter ones are scare quotes or titles.</param>
/// <param name="SpeakerLookbackBlocks">How many paragraphs back a pronoun or an unattributed quotation may look
/// for its speaker.</param>
/// <param name="Learned">A learned attribution tagger (PolNeAR conventions). When set, its spans replace the rules'
/// quotes (the rules still run and serve as its evidence); null (the default) keeps the rules alone, which follow
/// GUIDELINES.md.</param>
public sealed record QuoteOptions(
    int MaxQuoteLength = 6000,
    int MinIndirectWords = 3,
    int MinUnattributedDirectWords = 5,
    int SpeakerLookbackBlocks = 6,
    Learned.AttributionTagger? Learned = null)
{
    public static QuoteOptions Default { get; } = new();
}
