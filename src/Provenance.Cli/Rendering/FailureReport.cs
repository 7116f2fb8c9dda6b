using Provenance.Cli.Batch;

namespace Provenance.Cli.Rendering;

/// <summary>Lists the inputs that failed, after a batch, on the error stream.</summary>
internal static class FailureReport
{
    /// <returns><see cref="ExitCodes.SomeFailed"/> when there were failures, else <see cref="ExitCodes.Success"/>.</returns>
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
