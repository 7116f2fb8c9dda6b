using Provenance.Core;

namespace Provenance.Ingest.Formats;

/// <summary>
/// The checks and settings every document gets, whatever its format: text that is only white space fails
/// ("no text found"), text over <see cref="IngestOptions.MaxDocumentChars"/> fails (never truncated), the
/// <see cref="IngestOptions.Outlet"/> and <see cref="IngestOptions.Published"/> overrides replace the source's
/// values, <see cref="DocumentMetadata.SourcePath"/> is set, and a document without an id of its own gets one
/// from its content hash (<see cref="Document.FromText"/>). Markup evidence becomes the
/// <see cref="Layers.Markup"/> layer, empty when a reader of a marked-up format found nothing, and absent
/// for formats without markup.
/// </summary>
internal sealed class DocumentFinisher
{
    private readonly IngestOptions _options;

    public DocumentFinisher(IngestOptions options)
    {
        _options = options;
    }

    public ReadResult Finish(ReaderOutput output)
    {
        if (output.Error is { } error)
        {
            return ReadResult.Failure(output.SourcePath, error);
        }

        var text = output.Text ?? "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failure(output.SourcePath, "no text found");
        }

        if (text.Length > _options.MaxDocumentChars)
        {
            return ReadResult.Failure(
                output.SourcePath,
                $"text is {text.Length} characters, larger than the limit of {_options.MaxDocumentChars} characters (raise it with --max-chars)");
        }

        try
        {
            if (output.Document is { } existing)
            {
                // A re-ingested Provenance document keeps where it was first read from.
                var kept = existing.Metadata with { SourcePath = existing.Metadata.SourcePath ?? output.SourcePath };
                return ReadResult.Success(output.SourcePath, existing.WithMetadata(ApplyOverrides(kept)));
            }

            var metadata = ApplyOverrides(output.Metadata with { SourcePath = output.SourcePath });
            var document = output.Id is { } id ? new Document(id, text, metadata) : Document.FromText(text, metadata);
            if (output.Markup is not null)
            {
                document = document.With(Layers.Markup, output.Markup);
            }

            return ReadResult.Success(output.SourcePath, document);
        }
        catch (ArgumentException e)
        {
            // Only a reader bug gets here (a span outside the text); report it rather than lose the batch.
            return ReadResult.Failure(output.SourcePath, $"reader error: {e.Message}");
        }
    }

    private DocumentMetadata ApplyOverrides(DocumentMetadata metadata) => metadata with
    {
        Outlet = _options.Outlet ?? metadata.Outlet,
        Published = _options.Published ?? metadata.Published,
    };
}
