namespace Provenance.Ingest;

/// <summary>
/// Limits and overrides for reading sources. A source over a limit is reported as a failure naming the
/// limit and how to raise it; nothing is ever truncated silently.
/// </summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Largest file (or archive entry) read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest document text accepted, in UTF-16 characters.</summary>
    public int MaxDocumentChars { get; init; } = 5_000_000;

    /// <summary>How deep zip archives inside zip archives are opened.</summary>
    public int MaxArchiveDepth { get; init; } = 3;

    /// <summary>Replaces the outlet the source states (command line <c>--outlet</c>).</summary>
    public string? Outlet { get; init; }

    /// <summary>Replaces the published date the source states (command line <c>--published</c>).</summary>
    public DateOnly? Published { get; init; }
}
