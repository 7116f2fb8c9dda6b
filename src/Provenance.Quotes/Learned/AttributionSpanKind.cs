namespace Provenance.Quotes.Learned;

/// <summary>What a labelled span of an attribution is: the cue, the source (speaker) or the content.</summary>
public enum AttributionSpanKind : byte
{
    Cue = 0,
    Source = 1,
    Content = 2,
}
