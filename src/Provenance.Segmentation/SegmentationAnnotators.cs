using Provenance.Pipeline;

namespace Provenance.Segmentation;

/// <summary>The segmentation annotators in the order they must run: blocks, then sentences, then tokens.</summary>
public static class SegmentationAnnotators
{
    /// <summary>The three annotators with default options.</summary>
    public static IReadOnlyList<IAnnotator> All { get; } = Create();

    /// <summary>The three annotators with the given options (defaults where null).</summary>
    public static IReadOnlyList<IAnnotator> Create(SentenceOptions? sentences = null, TokenOptions? tokens = null) =>
        [new BlockAnnotator(), new SentenceAnnotator(sentences), new TokenAnnotator(tokens)];
}
