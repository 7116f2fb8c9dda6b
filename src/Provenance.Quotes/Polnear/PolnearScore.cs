namespace Provenance.Quotes.Polnear;

/// <summary>Content, source and cue span scores over one or more PolNeAR articles.</summary>
public sealed record PolnearScore(SpanScore Content, SpanScore Source, SpanScore Cue, int Articles)
{
    public static PolnearScore Empty { get; } = new(SpanScore.Empty, SpanScore.Empty, SpanScore.Empty, 0);

    public PolnearScore Add(PolnearScore other) =>
        new(Content.Add(other.Content), Source.Add(other.Source), Cue.Add(other.Cue), Articles + other.Articles);
}
