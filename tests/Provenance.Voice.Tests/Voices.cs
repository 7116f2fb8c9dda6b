using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;
using Provenance.Voice;

namespace Provenance.Voice.Tests;

/// <summary>Runs block segmentation and the voice annotator over a fixture; lines show "voice|source|text".</summary>
internal static class Voices
{
    public static Document Run(string text, DocumentMetadata? metadata = null, Document? start = null)
    {
        var document = start ?? new Document("test", text, metadata);
        document = new BlockAnnotator().Annotate(document, CancellationToken.None);
        return new VoiceAnnotator().Annotate(document, CancellationToken.None);
    }

    /// <summary>One line per paragraph: "A|" for the author, "Q|source|" for a quoted paragraph, then the paragraph's first words.</summary>
    public static string[] Lines(string text, DocumentMetadata? metadata = null)
    {
        var document = Run(text, metadata);
        return document.Get(Layers.Blocks).Select(b => Line(document, b)).ToArray();
    }

    private static string Line(Document document, Block block)
    {
        var words = string.Join(' ', document.TextOf(block).Split(' ').Take(3));
        return block.Voice == Core.Annotations.Voice.Quoted ? $"Q|{block.Source}|{words}" : $"A|{words}";
    }
}
