using Provenance.Cli.Batch;

namespace Provenance.Cli.Rendering;

/// <summary>Lists the inputs that failed, after a batch, on the error stream.</summary>
internal static class FailureReport
{
    /// <returns><see cref="ExitCodes.SomeFailed"/> when there were failures, else <see cref="ExitCodes.Success"/>.</returns>
    public static int Write(CliEnvironment environment, DocumentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Statistics.SkippedFiles > 0)
        {
            environment.Error.WriteLine($"Skipped {Plural.Of(batch.Statistics.SkippedFiles, "file")} in folders whose extension no reader handles (name a file directly to read it anyway).");
        }

        return Write(environment, batch.Failures);
    }

    public static int Write(CliEnvironment environment, IReadOnlyCollection<BatchFailure> failures)
    {
        if (failures.Count == 0)
        {
            return ExitCodes.Success;
        }

        environment.Error.WriteLine($"{Plural.Of(failures.Count, "input")} failed:");
        foreach (var failure in failures.OrderBy(f => f.Source, StringComparer.Ordinal))
        {
            environment.Error.WriteLine($"  {failure.Source}: {failure.Reason}");
        }

        return ExitCodes.SomeFailed;
    }
}
