namespace Provenance.Quotes.Learned;

/// <summary>
/// The label of one word for the attribution tagger: outside, or the beginning or inside of a cue, a source or a
/// content span (BIO). PolNeAR's attributions are univocal, so every word carries at most one of them.
/// </summary>
public enum AttributionTag : byte
{
    Outside = 0,
    BeginCue = 1,
    InsideCue = 2,
    BeginSource = 3,
    InsideSource = 4,
    BeginContent = 5,
    InsideContent = 6,
}
