namespace Provenance.Cli.Batch;

/// <summary>An input that did not make it through: where it came from and why, in one line.</summary>
internal sealed record BatchFailure(string Source, string Reason);
