namespace Provenance.Ingest;

/// <summary>
/// Lists the files under a folder in a fixed order: depth first, and within each folder files and
/// sub-folders together, sorted by name with ordinal comparison (the same on every machine and culture),
/// so <c>a/</c> is read entirely before <c>b.txt</c>. Names starting with a dot (<c>.git</c>,
/// <c>.DS_Store</c>) are skipped, and folders that are symbolic links are not followed, so a link cycle
/// cannot loop. A folder that cannot be listed is reported as an entry with an error, not thrown.
/// </summary>
internal static class FolderWalker
{
    /// <summary>One file path, or a folder that could not be listed (with <see cref="Error"/> set).</summary>
    public readonly record struct Entry(string Path, string? Error);

    public static IEnumerable<Entry> EnumerateFiles(string folder)
    {
        if (!TryList(folder, out var children, out var error))
        {
            yield return new Entry(folder, error);
            yield break;
        }

        foreach (var child in children)
        {
            // Path.Join keeps the folder as the caller spelled it, so relative input gives relative paths.
            var path = Path.Join(folder, child.Name);
            if (child is not DirectoryInfo directory)
            {
                yield return new Entry(path, null);
            }
            else if (directory.LinkTarget is null)
            {
                foreach (var nested in EnumerateFiles(path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool TryList(string folder, out List<FileSystemInfo> children, out string? error)
    {
        try
        {
            children = new DirectoryInfo(folder).EnumerateFileSystemInfos()
                .Where(c => !c.Name.StartsWith('.'))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
            error = null;
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
        {
            children = [];
            error = $"folder cannot be listed: {e.Message}";
            return false;
        }
    }
}
