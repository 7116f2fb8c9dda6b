using Provenance.Cli;

return await ProvenanceCli.RunAsync(args, CliEnvironment.FromSystemConsole());
