using System.IO.Compression;
using System.Runtime.CompilerServices;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest;

/// <summary>
/// The entry point of ingest: expands paths into sources and streams one <see cref="ReadResult"/> per
/// document or failure. A path may be a file, a folder (read recursively in the order of
/// <see cref="FolderWalker"/>) or a zip archive, whose entries are read in name order and whose nested
/// zip archives are opened up to <see cref="IngestOptions.MaxArchiveDepth"/> levels. Each file or archive
/// entry is read whole (at most <see cref="IngestOptions.MaxFileBytes"/>), but never more than one at a
/// time, so a corpus of any size streams through. The format is chosen by <see cref="FormatDetector"/>;
/// bytes become text in <see cref="SourceDecoder"/>, and every document passes <see cref="DocumentFinisher"/>.
/// Bad input never throws: a missing path, an unreadable file, a corrupt archive or a malformed item
/// is a failure result, and reading goes on with the next source. Only cancellation throws.
/// Archive entries named with a leading dot or under <c>__MACOSX/</c> are skipped like hidden files.
/// In folders, files whose extension no reader handles are skipped and counted in <see cref="IngestStatistics"/>;
/// a file named directly, or an archive entry, is read whatever its extension, except known unsupported formats
/// (<c>.pdf</c>, <c>.docx</c>, images), which fail as "unsupported format (.pdf)". A source whose reader finds
/// nothing with text (a feed of empty entries, a Telegram export of photos) fails once as "no text found".
/// A source holds no state between calls: one instance can serve several readers at once.
/// </summary>
public sealed class DocumentSource
{
    // Office and e-book files are zip containers too, but not archives of sources: they are not opened.
    private static readonly HashSet<string> ZipBasedDocumentExtensions = new(StringComparer.Ordinal)
    {
        ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk",
    };

    // Formats a person may well point us at but that we do not read: named, they fail saying so rather than
    // "binary file"; in a folder they are skipped like any file no reader handles.
    private static readonly HashSet<string> UnsupportedDocumentExtensions = new(StringComparer.Ordinal)
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp",
        ".epub", ".mobi", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".mp3", ".mp4",
        ".m4a", ".wav", ".mov", ".avi",
    };

    private readonly IngestOptions _options;
    private readonly FormatDetector _detector = new();
    private readonly DocumentFinisher _finisher;

    public DocumentSource(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDocumentChars, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxArchiveDepth, nameof(options));
        _options = options;
        _finisher = new DocumentFinisher(options);
    }

    public IngestOptions Options => _options;

    /// <summary>Reads files, folders and zip archives, one result per document or failure, in path order.</summary>
    public IAsyncEnumerable<ReadResult> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ReadAsync(paths, new IngestStatistics(), cancellationToken);

    /// <summary>
    /// Reads files, folders and zip archives, one result per document or failure, in path order, and counts in
    /// <paramref name="statistics"/> what was passed over. In a folder only files whose extension a reader
    /// handles are read (<c>.txt .md .html .xml .rss .atom .json .jsonl .zip</c> and the like); others are
    /// skipped and counted, not failed. A file named directly is read whatever its extension (its content
    /// decides), except formats known to be unsupported (<c>.pdf</c>, <c>.docx</c>, images), which fail saying so.
    /// </summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(IEnumerable<string> paths, IngestStatistics statistics, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(statistics);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(path) && Directory.Exists(path))
            {
                foreach (var entry in FolderWalker.EnumerateFiles(path))
                {
                    if (entry.Error is not null)
                    {
                        yield return ReadResult.Failure(entry.Path, entry.Error);
                        continue;
                    }

                    if (!IsReadInFolders(entry.Path))
                    {
                        statistics.CountSkippedFile();
                        continue;
                    }

                    await foreach (var result in ReadFileAsync(entry.Path, cancellationToken).ConfigureAwait(false))
                    {
                        yield return result;
                    }
                }
            }
            else if (!string.IsNullOrWhiteSpace(path) && File.Exists(path))
            {
                await foreach (var result in ReadFileAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
            }
            else
            {
                yield return ReadResult.Failure(path ?? "", "no such file or folder");
            }
        }
    }

    /// <summary>
    /// Reads one stream (standard input, an upload, a test) as if it were a file named <paramref name="name"/>:
    /// the name's extension chooses the format, and names the results.
    /// </summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(string name, Stream content, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(content);
        var loaded = await LoadAsync(content, content.CanSeek ? content.Length - content.Position : null, cancellationToken).ConfigureAwait(false);
        if (loaded.Error is not null)
        {
            yield return ReadResult.Failure(name, loaded.Error);
            yield break;
        }

        foreach (var result in ReadBytes(name, loaded.Bytes!, archiveNesting: 0, cancellationToken))
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<ReadResult> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (UnsupportedFormat(path) is { } unsupported)
        {
            yield return ReadResult.Failure(path, unsupported);
            yield break;
        }

        if (!TryOpenFile(path, out var stream, out var openError))
        {
            yield return ReadResult.Failure(path, openError!);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            if (stream.Length == 0)
            {
                yield return ReadResult.Failure(path, "empty file");
                yield break;
            }

            var head = new byte[4];
            var headLength = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            if (IsArchive(path, head.AsSpan(0, headLength)))
            {
                // A zip on disk is read through its stream: only the entries are limited in size.
                foreach (var result in ReadArchive(path, stream, archiveNesting: 0, cancellationToken))
                {
                    yield return result;
                }

                yield break;
            }

            var loaded = await LoadAsync(stream, stream.Length, cancellationToken).ConfigureAwait(false);
            if (loaded.Error is not null)
            {
                yield return ReadResult.Failure(path, loaded.Error);
                yield break;
            }

            foreach (var result in ReadBytes(path, loaded.Bytes!, archiveNesting: 0, cancellationToken))
            {
                yield return result;
            }
        }
    }

    private static bool TryOpenFile(string path, out FileStream stream, out string? error)
    {
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = null!;
            error = $"file cannot be read: {e.Message}";
            return false;
        }
    }

    /// <param name="archiveNesting">How many archives contain this source: 0 for a file given directly.</param>
    private IEnumerable<ReadResult> ReadBytes(string path, byte[] bytes, int archiveNesting, CancellationToken cancellationToken)
    {
        if (UnsupportedFormat(path) is { } unsupported)
        {
            yield return ReadResult.Failure(path, unsupported);
            yield break;
        }

        if (bytes.Length == 0)
        {
            yield return ReadResult.Failure(path, "empty file");
            yield break;
        }

        if (IsArchive(path, bytes))
        {
            foreach (var result in ReadArchive(path, new MemoryStream(bytes, writable: false), archiveNesting, cancellationToken))
            {
                yield return result;
            }

            yield break;
        }

        if (!SourceDecoder.TryDecode(bytes, SourceText.ExtensionOf(path), out var text, out var decodeError))
        {
            yield return ReadResult.Failure(path, decodeError!);
            yield break;
        }

        List<ReaderOutput> outputs;
        using (var source = new SourceText(path, text))
        {
            outputs = _detector.TryChoose(source, out var reader, out var formatError)
                ? ReadSafely(reader, source, cancellationToken)
                : [ReaderOutput.Failure(path, formatError!)];
        }

        // The one rule for sources of several items (feeds, Telegram exports, JSON arrays): readers skip items
        // with no text, and a source that yields nothing at all fails here, once.
        if (outputs.Count == 0)
        {
            outputs = [ReaderOutput.Failure(path, "no text found")];
        }

        foreach (var output in outputs)
        {
            yield return _finisher.Finish(output);
        }
    }

    private static List<ReaderOutput> ReadSafely(IFormatReader reader, SourceText source, CancellationToken cancellationToken)
    {
        try
        {
            return reader.Read(source, cancellationToken).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Readers report bad items themselves; this catches what they did not foresee, so that one
            // source cannot end the batch. The message names the format and the reason.
            return [ReaderOutput.Failure(source.SourcePath, $"could not read as {reader.FormatName}: {e.Message}")];
        }
    }

    private IEnumerable<ReadResult> ReadArchive(string archivePath, Stream stream, int archiveNesting, CancellationToken cancellationToken)
    {
        if (archiveNesting > _options.MaxArchiveDepth)
        {
            yield return ReadResult.Failure(
                archivePath,
                $"zip archive nested {archiveNesting} levels deep, over the limit of {_options.MaxArchiveDepth} for zip archives inside zip archives");
            yield break;
        }

        if (!TryOpenArchive(stream, out var archive, out var entries, out var openError))
        {
            yield return ReadResult.Failure(archivePath, $"not a readable zip archive (truncated or corrupt): {openError}");
            yield break;
        }

        using (archive)
        {
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entryPath = $"{archivePath}!/{entry.FullName}";
                // The declared size is checked before anything is decompressed; TryReadEntry still guards the
                // bytes actually produced, since the header can lie.
                if (entry.Length > _options.MaxFileBytes)
                {
                    yield return ReadResult.Failure(entryPath, TooLarge(entry.Length));
                    continue;
                }

                if (!TryReadEntry(entry, out var bytes, out var entryError))
                {
                    yield return ReadResult.Failure(entryPath, $"corrupt entry in zip archive {archivePath}: {entryError}");
                    continue;
                }

                foreach (var result in ReadBytes(entryPath, bytes, archiveNesting + 1, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    private static bool TryOpenArchive(Stream stream, out ZipArchive archive, out List<ZipArchiveEntry> entries, out string? error)
    {
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            entries = archive.Entries
                .Where(e => !IsSkippedEntry(e.FullName))
                .OrderBy(e => e.FullName, StringComparer.Ordinal)
                .ToList();
            error = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            archive = null!;
            entries = [];
            error = e.Message;
            return false;
        }
    }

    private bool TryReadEntry(ZipArchiveEntry entry, out byte[] bytes, out string? error)
    {
        try
        {
            using var content = entry.Open();
            // The declared length can lie (a zip bomb); the copy stops one byte past the limit.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _options.MaxFileBytes)
                {
                    bytes = [];
                    error = $"entry expands past its stated size of {entry.Length} bytes and the limit of {Size(_options.MaxFileBytes)} for one file";
                    return false;
                }
            }

            bytes = buffer.ToArray();
            // ZipArchive does not check an entry's checksum, so damaged compressed data could decode to wrong
            // text without any error; comparing the CRC-32 catches that.
            var computed = System.IO.Hashing.Crc32.HashToUInt32(bytes);
            if (computed != entry.Crc32)
            {
                error = $"checksum mismatch (stored CRC-32 0x{entry.Crc32:X8}, data gives 0x{computed:X8})";
                bytes = [];
                return false;
            }

            error = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            bytes = [];
            error = e.Message;
            return false;
        }
    }

    private async Task<(byte[]? Bytes, string? Error)> LoadAsync(Stream stream, long? knownLength, CancellationToken cancellationToken)
    {
        if (knownLength > _options.MaxFileBytes)
        {
            return (null, TooLarge(knownLength.Value));
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _options.MaxFileBytes)
                {
                    return (null, $"larger than the limit of {Size(_options.MaxFileBytes)} for one file");
                }
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"file cannot be read: {e.Message}");
        }
    }

    private string TooLarge(long length) =>
        $"file is {Size(length)}, larger than the limit of {Size(_options.MaxFileBytes)} for one file";

    /// <summary>A size for a person: "64 MB", "70.5 MB"; under a megabyte, exact bytes ("5000 bytes").</summary>
    internal static string Size(long bytes)
    {
        const long Mega = 1024 * 1024;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return bytes >= Mega
            ? string.Format(invariant, "{0:0.#} MB", (double)bytes / Mega)
            : string.Format(invariant, "{0} bytes", bytes);
    }

    private bool IsReadInFolders(string path)
    {
        var extension = SourceText.ExtensionOf(path);
        return extension == ".zip" || _detector.HandlesExtension(extension);
    }

    private static string? UnsupportedFormat(string path) =>
        SourceText.ExtensionOf(path) is var extension && UnsupportedDocumentExtensions.Contains(extension)
            ? $"unsupported format ({extension})"
            : null;

    private static bool IsArchive(string path, ReadOnlySpan<byte> head)
    {
        var extension = SourceText.ExtensionOf(path);
        if (extension == ".zip")
        {
            return true;
        }

        // "PK\3\4" starts a zip with entries, "PK\5\6" an empty one.
        return !ZipBasedDocumentExtensions.Contains(extension)
            && head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    private static bool IsSkippedEntry(string fullName)
    {
        if (fullName.EndsWith('/') || fullName.EndsWith('\\'))
        {
            return true;
        }

        foreach (var segment in fullName.Split('/', '\\'))
        {
            if (segment.StartsWith('.') || segment == "__MACOSX")
            {
                return true;
            }
        }

        return false;
    }
}
