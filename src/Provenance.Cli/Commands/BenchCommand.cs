using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Provenance.Cli.Batch;
using Provenance.Cli.Rendering;
using Provenance.Engine;
using Provenance.Ingest;
using Provenance.Pipeline;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance bench PATH...</c>: runs reading and the whole pipeline over the input and reports throughput
/// (MB/s and documents/s, overall and per core), the time spent in each annotator, and peak memory.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var repeat = new Option<int>("--repeat") { Description = "Read the input this many times, to make a small input large.", DefaultValueFactory = _ => 1 };
        var workers = CommonOptions.Workers();
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("bench", "Measure throughput and peak memory of reading and the whole pipeline on an input (after a short warm-up).") { paths, repeat, workers, json };
        repeat.Validators.Add(CommonOptions.AtLeast(1, "--repeat"));

        command.SetAction(async (parse, cancellationToken) =>
        {
            var timed = ProvenanceEngine.CreatePipeline().Annotators.Select(a => new TimedAnnotator(a)).ToList();
            var builder = new PipelineBuilder();
            timed.ForEach(a => builder.Add(a));
            var runOptions = CommonOptions.RunOptionsFrom(parse, workers);
            var batch = new DocumentBatch(IngestOptions.Default, builder.Build(), runOptions);
            var inputs = Enumerable.Repeat(parse.GetValue(paths)!, parse.GetValue(repeat)).SelectMany(p => p).ToList();
            await WarmUpAsync(parse.GetValue(paths)!, cancellationToken).ConfigureAwait(false);

            long documents = 0, bytes = 0;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            await foreach (var document in batch.AnalyseAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                documents++;
                bytes += Encoding.UTF8.GetByteCount(document.Text);
            }

            clock.Stop();
            using var process = Process.GetCurrentProcess();
            var result = new BenchResult(
                documents,
                bytes,
                clock.Elapsed.TotalSeconds,
                runOptions.Workers,
                process.PeakWorkingSet64,
                GC.GetTotalAllocatedBytes() - allocatedBefore,
                batch.ReadingTime.TotalSeconds,
                timed.Select(a => new AnnotatorTime(a.Name, a.Elapsed.TotalSeconds, bytes / 1e6 / Math.Max(a.Elapsed.TotalSeconds, 1e-9))).ToList());

            if (parse.GetValue(json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(result, BenchResult.JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                Render(environment.Console, result);
            }

            return FailureReport.Write(environment, batch);
        });
        return command;
    }

    private static void Render(IAnsiConsole console, BenchResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("documents", r.Documents.ToString("N0", c));
        table.AddRow("text (UTF-8)", string.Create(c, $"{r.Bytes / 1e6:F2} MB"));
        table.AddRow("wall time", string.Create(c, $"{r.Seconds:F2} s on {r.Workers} worker(s)"));
        table.AddRow("throughput", string.Create(c, $"{r.MegabytesPerSecond:F2} MB/s, {r.DocumentsPerSecond:F1} documents/s"));
        table.AddRow("per core", string.Create(c, $"{r.MegabytesPerSecondPerCore:F2} MB/s, {r.DocumentsPerSecondPerCore:F1} documents/s"));
        table.AddRow("reading sources", string.Create(c, $"{r.ReadingSeconds:F2} s (one reader thread, overlapping the annotators)"));
        table.AddRow("peak memory", string.Create(c, $"{r.PeakWorkingSetBytes / 1048576.0:F0} MiB (peak working set)"));
        table.AddRow("allocated", string.Create(c, $"{r.AllocatedBytes / 1048576.0:F0} MiB"));
        console.Write(table);

        var annotators = new Table().AddColumns("annotator", "time (all threads)", "MB/s on one core");
        foreach (var a in r.Annotators)
        {
            annotators.AddRow(a.Name, string.Create(c, $"{a.Seconds:F2} s"), string.Create(c, $"{a.MegabytesPerSecond:F2}"));
        }

        console.Write(annotators);
    }

    internal sealed record AnnotatorTime(string Name, double Seconds, double MegabytesPerSecond);

    /// <summary>
    /// Runs the first document of the input through a separate pipeline a few times first, so that JIT
    /// compilation and model loading are not counted as throughput.
    /// </summary>
    private static async Task WarmUpAsync(string[] paths, CancellationToken cancellationToken)
    {
        var pipeline = ProvenanceEngine.CreatePipeline();
        await foreach (var result in new DocumentSource(IngestOptions.Default).ReadAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            if (result.Document is { } document)
            {
                for (var i = 0; i < 3; i++)
                {
                    pipeline.Process(document, cancellationToken);
                }

                return;
            }
        }
    }

    internal sealed record BenchResult(long Documents, long Bytes, double Seconds, int Workers, long PeakWorkingSetBytes, long AllocatedBytes, double ReadingSeconds, IReadOnlyList<AnnotatorTime> Annotators)
    {
        public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

        public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(Seconds, 1e-9);

        public double DocumentsPerSecond => Documents / Math.Max(Seconds, 1e-9);

        public double MegabytesPerSecondPerCore => MegabytesPerSecond / Workers;

        public double DocumentsPerSecondPerCore => DocumentsPerSecond / Workers;
    }
}
