namespace Provenance.Ingest;

/// <summary>
/// Counts what a read passed over without a result, for a summary line ("312 documents, 4 failures, 17 files
/// skipped"). Pass one to <see cref="DocumentSource.ReadAsync(IEnumerable{string}, IngestStatistics, CancellationToken)"/>;
/// it is updated as the results stream, and may be shared by reads running at the same time. Skipped files
/// are not failures: they are files met while walking a folder whose extension no reader handles
/// (<c>.css</c>, <c>.pdf</c>, images, names without an extension). Hidden files and archive entries that
/// are passed over (dot-names, <c>__MACOSX/</c>) are not counted.
/// </summary>
public sealed class IngestStatistics
{
    private int _skippedFiles;

    /// <summary>Files in folders that were not read because no reader handles their extension.</summary>
    public int SkippedFiles => Volatile.Read(ref _skippedFiles);

    internal void CountSkippedFile() => Interlocked.Increment(ref _skippedFiles);
}
