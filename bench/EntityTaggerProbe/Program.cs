using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Provenance.Core;
using Provenance.Engine;
using Provenance.Entities;

// Usage: EntityTaggerProbe CORPUS_JSON [ROUNDS] [LABEL]
// Warm throughput of the entity tagger alone and of the whole entity annotator on one corpus document (median of
// ROUNDS rounds of 10 passes), bytes allocated per token by the tagger, and the model's size in memory
// (managed heap growth on loading). Uses only public API that old and new builds share.
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: EntityTaggerProbe CORPUS_JSON [ROUNDS] [LABEL]");
    return 2;
}

var text = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement.GetProperty("text").GetString() ?? "";
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
var label = args.Length > 2 ? args[2] : "build";
var before = GC.GetTotalMemory(forceFullCollection: true);
if (!EntityTagger.TryLoadDefault(out var tagger, out var error))
{
    Console.Error.WriteLine(error);
    return 1;
}

var modelBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
var document = Document.FromText(text);
var annotators = ProvenanceEngine.CreatePipeline().Annotators;
foreach (var annotator in annotators.TakeWhile(a => a.Name != "entities"))
{
    document = annotator.Annotate(document, CancellationToken.None);
}

var entities = annotators.First(a => a.Name == "entities");
var tokens = document.Get(Layers.Tokens);
var sentences = new List<IReadOnlyList<string>>();
var t = 0;
foreach (var sentence in document.Get(Layers.Sentences))
{
    var words = new List<string>();
    for (; t < tokens.Length && tokens[t].End <= sentence.End; t++)
    {
        words.Add(text[tokens[t].Start..tokens[t].End]);
    }

    sentences.Add(words);
}

tagger.TagDocument(sentences);
entities.Annotate(document, CancellationToken.None);
var tagging = new List<double>();
var annotating = new List<double>();
long allocated = 0;
for (var round = 0; round < rounds; round++)
{
    var start = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < 10; i++)
    {
        tagger.TagDocument(sentences);
    }

    tagging.Add(10 * tokens.Length / clock.Elapsed.TotalSeconds);
    allocated = (GC.GetAllocatedBytesForCurrentThread() - start) / (10 * tokens.Length);
    clock.Restart();
    for (var i = 0; i < 10; i++)
    {
        entities.Annotate(document, CancellationToken.None);
    }

    annotating.Add(10 * tokens.Length / clock.Elapsed.TotalSeconds);
}

tagging.Sort();
annotating.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{label}: tagger {tagging[rounds / 2]:0} tokens/s (min {tagging[0]:0}, max {tagging[^1]:0}); entity annotator {annotating[rounds / 2]:0} tokens/s; tagger allocates {allocated} B/token; model in memory {modelBytes / 1048576.0:0.0} MB; {tokens.Length} tokens"));
return 0;
