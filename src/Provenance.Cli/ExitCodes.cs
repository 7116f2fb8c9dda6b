namespace Provenance.Cli;

/// <summary>Process exit codes of <c>provenance</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs could not be read or analysed; the others went through and the failures were listed.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong or a required resource (store, folder) could not be used.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl-C (the shell's convention for SIGINT).</summary>
    public const int Interrupted = 130;
}
