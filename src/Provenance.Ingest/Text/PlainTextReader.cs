using Provenance.Core;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Text;

/// <summary>
/// Reads plain text (<c>.txt</c>, and any source no other reader recognises) as one document whose text is
/// the file's text exactly: only the byte order mark is gone and line endings are folded to <c>\n</c> by
/// <see cref="SourceDecoder"/>. Blank lines, indentation and trailing spaces are kept; it records no markup
/// and no metadata besides the source path.
/// </summary>
internal sealed class PlainTextReader : IFormatReader
{
    public string FormatName => "plain text";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    /// <summary>Plain text is the last resort, never chosen by sniffing.</summary>
    public bool CanRead(SourceText source) => false;

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        yield return ReaderOutput.Draft(source.SourcePath, source.Text, DocumentMetadata.Empty);
    }
}
