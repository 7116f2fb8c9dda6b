namespace Provenance.Ingest.Formats;

/// <summary>
/// Turns the decoded text of one source into documents. A reader does not see bytes: emptiness, binary
/// content, encoding, size limits, overrides and ids are handled once for every format by
/// <see cref="SourceDecoder"/> and <see cref="DocumentFinisher"/>. A reader that finds several documents in
/// one source (a feed, a Telegram export, a JSON array) reports a failing item as a failure and goes on.
/// Shared rules, so every format behaves alike: a feed item or Telegram message with no text is skipped
/// (not yielded); a reader that yields nothing gets one "no text found" failure from <see cref="DocumentSource"/>;
/// a published date that does not parse goes through <see cref="DateText.ReadPublished"/>.
/// </summary>
internal interface IFormatReader
{
    /// <summary>A short name for messages ("HTML page", "RSS/Atom feed").</summary>
    string FormatName { get; }

    /// <summary>File extensions (lower case, with the dot) that decide this format on their own.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>True when the content looks like this format; asked when the extension does not decide.</summary>
    bool CanRead(SourceText source);

    IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken);
}
