namespace Provenance.Quotes.Polnear;

/// <summary>One PolNeAR article: its name, raw text and the attributions of its first annotator.</summary>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<BratAttribution> Attributions);
