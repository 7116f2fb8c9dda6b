using System.Diagnostics;

namespace Provenance.Eval.Tests.Support;

/// <summary>
/// Finds <c>python3</c> and the shared reference scorer (<c>../shared/gold/score.py</c> beside the repository root)
/// for the agreement tests, which return early with a message when either is missing. A checkout that does not sit
/// beside <c>shared/</c> (a git worktree, say) can name it with the <c>PROVENANCE_SHARED</c> environment variable.
/// </summary>
internal static class PythonReference
{
    private static readonly Lazy<string?> RepositoryRootPath = new(FindRepositoryRoot);
    private static readonly Lazy<string?> PythonPath = new(FindPython);

    public static string? RepositoryRoot => RepositoryRootPath.Value;

    /// <summary>The shared folder (corpus, gold, datasets) next to the repository, when it exists.</summary>
    public static string? SharedDirectory =>
        Environment.GetEnvironmentVariable("PROVENANCE_SHARED") is { Length: > 0 } named ? (Directory.Exists(named) ? named : null)
        : RepositoryRoot is { } root && Path.GetFullPath(Path.Combine(root, "..", "shared")) is var shared && Directory.Exists(shared) ? shared
        : null;

    public static string? GoldDirectory =>
        SharedDirectory is { } shared && Directory.Exists(Path.Combine(shared, "gold")) ? Path.Combine(shared, "gold") : null;

    public static string? ScorePy =>
        GoldDirectory is { } gold && File.Exists(Path.Combine(gold, "score.py")) ? Path.Combine(gold, "score.py") : null;

    public static string? Python => PythonPath.Value;

    /// <summary>Why an agreement test cannot run here, or null when python3 and score.py are both present.</summary>
    public static string? MissingReason() =>
        Python is null ? "python3 is not on PATH"
        : ScorePy is null ? "../shared/gold/score.py is not beside the repository root"
        : null;

    /// <summary>Runs python3 with the arguments, feeding <paramref name="input"/> on standard input; returns standard output.</summary>
    public static string Run(IEnumerable<string> arguments, string? input = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Python ?? throw new InvalidOperationException("python3 is not available."))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using (var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(input ?? "");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Provenance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? FindPython()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "python3", "python3.exe" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
