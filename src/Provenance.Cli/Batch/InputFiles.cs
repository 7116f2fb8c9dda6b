namespace Provenance.Cli.Batch;

/// <summary>Counts the files named on the command line (folders recursively), to decide whether to show progress.</summary>
internal static class InputFiles
{
    public static int Count(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                count += Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Count();
            }
            else
            {
                count++;
            }
        }

        return count;
    }
}
