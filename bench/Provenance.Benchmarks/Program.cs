using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Provenance.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
