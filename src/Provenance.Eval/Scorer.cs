using Provenance.Core;
using Provenance.Eval.Text;

namespace Provenance.Eval;

/// <summary>
/// Scores predicted layers against a gold file exactly as the reference scorer <c>shared/gold/score.py</c>
/// (<c>score_doc</c>) does, so that both give the same numbers on the same files:
/// <list type="bullet">
/// <item>quotes, entities, timex, citations, forecasts: strict and relaxed span pairing
/// (<see cref="SpanMatcher"/>), then each attribute as an F1 over the relaxed pairs whose attribute agrees;
/// entities pair only with the same <c>type</c>;</item>
/// <item>blocks: each gold paragraph judged against the predicted block that overlaps it most (not one to one):
/// <c>voice</c> over all paragraphs, <c>source</c> over the quoted ones;</item>
/// <item>roles: a predicted (person, role) pair matches when the person is the same name and the role's words
/// (stop words left out) have a Jaccard similarity of at least 0.5.</item>
/// </list>
/// Only layers the gold annotates are scored. A layer missing from the prediction scores as empty and is
/// marked not produced. The scorer holds no state and is safe to call from several threads.
/// </summary>
public static class Scorer
{
    public const string BlocksLayer = "blocks";
    public const string QuotesLayer = "quotes";
    public const string EntitiesLayer = "entities";
    public const string TimexLayer = "timex";
    public const string CitationsLayer = "citations";
    public const string ForecastsLayer = "forecasts";
    public const string RolesLayer = "roles";

    // Declared before ScoredLayers, whose initialiser wraps it.
    private static readonly string[] LayerOrder = [BlocksLayer, QuotesLayer, EntitiesLayer, TimexLayer, CitationsLayer, ForecastsLayer, RolesLayer];

    /// <summary>The layers score.py scores, in the order it reports them.</summary>
    public static IReadOnlyList<string> ScoredLayers { get; } = Array.AsReadOnly(LayerOrder);

    // score.py's words() leaves these out of a role before comparing.
    private static readonly HashSet<string> RoleStopWords = ["of", "the", "a", "an", "and", "to", "for", "in", "s", "who", "is", "was"];

    private static readonly (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] QuoteAttributes =
    [
        (MetricNames.Speaker, SpeakerAgrees),
        (MetricNames.Kind, (g, p) => g["kind"] == p["kind"]),
        (MetricNames.Outlet, (g, p) => NameMatching.Normalize(g["outlet"]) == NameMatching.Normalize(p["outlet"])),
    ];

    private static readonly (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] EntityAttributes =
    [
        (MetricNames.Entity, (g, p) => NameMatching.SameName(Or(g["entity"], g.Text), Or(p["entity"], p.Text))),
    ];

    private static readonly (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] TimexAttributes =
    [
        // TIMEX values are ASCII ("2025-W47-1"), where invariant upper case and Python's upper() agree.
        (MetricNames.Value, (g, p) => Or(g["value"], "")!.ToUpperInvariant() == Or(p["value"], "")!.ToUpperInvariant()),
        (MetricNames.Type, (g, p) => g["type"] == p["type"]),
    ];

    private static readonly (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] CitationAttributes =
    [
        (MetricNames.Outlet, (g, p) => NameMatching.SameName(Or(g["outlet"], ""), Or(p["outlet"], ""))),
        (MetricNames.Date, (g, p) => Or(g["date"], null) == Or(p["date"], null)),
    ];

    private static readonly (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] ForecastAttributes =
    [
        (MetricNames.Holder, (g, p) => NameMatching.SameName(Or(g["holder"], ""), Or(p["holder"], ""))),
        (MetricNames.Horizon, (g, p) => Or(g["horizon"], null) == Or(p["horizon"], null)),
        (MetricNames.Certainty, (g, p) => g["certainty"] == p["certainty"]),
    ];

    /// <summary>Scores an analysed document against its gold file.</summary>
    public static DocumentScore ScoreDocument(GoldDocument gold, Document analysed) =>
        ScoreDocument(gold, PredictionReader.FromDocument(analysed));

    /// <summary>Scores predicted layers against a gold file; one <see cref="LayerScore"/> per layer the gold annotates.</summary>
    public static DocumentScore ScoreDocument(GoldDocument gold, LayerRecords prediction)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(prediction);
        var layers = new List<LayerScore>();
        foreach (var layer in ScoredLayers)
        {
            if (!gold.Layers.TryGet(layer, out var goldRecords))
            {
                continue;
            }

            var produced = prediction.TryGet(layer, out var predicted);
            IReadOnlyList<MetricScore> metrics = layer switch
            {
                BlocksLayer => ScoreBlocks(goldRecords, predicted),
                QuotesLayer => ScoreSpans(goldRecords, predicted, QuoteAttributes, typed: null),
                EntitiesLayer => ScoreSpans(goldRecords, predicted, EntityAttributes, typed: "type"),
                TimexLayer => ScoreSpans(goldRecords, predicted, TimexAttributes, typed: null),
                CitationsLayer => ScoreSpans(goldRecords, predicted, CitationAttributes, typed: null),
                ForecastsLayer => ScoreSpans(goldRecords, predicted, ForecastAttributes, typed: null),
                RolesLayer => [ScoreRoles(goldRecords, predicted)],
                _ => throw new InvalidOperationException($"No scoring rule for layer '{layer}'."),
            };
            layers.Add(new LayerScore(layer, metrics, Documents: 1, DocumentsNotProduced: produced ? 0 : 1));
        }

        return new DocumentScore(gold.Id, layers);
    }

    /// <summary>
    /// Micro-averages document scores as score.py's <c>add()</c> and <c>finish()</c> do: for each layer and
    /// metric, counts are summed over the documents that have it.
    /// </summary>
    public static CorpusScore Aggregate(IEnumerable<DocumentScore> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = 0;
        var sums = new Dictionary<string, (List<MetricScore> Metrics, int Documents, int NotProduced)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            count++;
            foreach (var layer in document.Layers)
            {
                if (!sums.TryGetValue(layer.Layer, out var sum))
                {
                    sum = ([], 0, 0);
                }

                foreach (var metric in layer.Metrics)
                {
                    var index = sum.Metrics.FindIndex(m => m.Metric == metric.Metric);
                    if (index < 0)
                    {
                        sum.Metrics.Add(metric);
                    }
                    else
                    {
                        sum.Metrics[index] = sum.Metrics[index].Plus(metric);
                    }
                }

                sums[layer.Layer] = (sum.Metrics, sum.Documents + layer.Documents, sum.NotProduced + layer.DocumentsNotProduced);
            }
        }

        var ordered = sums.Keys
            .OrderBy(name => Array.IndexOf(LayerOrder, name) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => new LayerScore(name, sums[name].Metrics, sums[name].Documents, sums[name].NotProduced))
            .ToList();
        return new CorpusScore(count, ordered);
    }

    // score.py's score_spans().
    private static List<MetricScore> ScoreSpans(
        IReadOnlyList<ScoredRecord> gold,
        IReadOnlyList<ScoredRecord> predicted,
        (string Name, Func<ScoredRecord, ScoredRecord, bool> Agrees)[] attributes,
        string? typed)
    {
        Func<ScoredRecord, ScoredRecord, bool>? sameType = typed is null ? null : (g, p) => g[typed] == p[typed];
        var strict = SpanMatcher.Match(gold, predicted, strict: true, sameType);
        var relaxed = SpanMatcher.Match(gold, predicted, strict: false, sameType);
        var metrics = new List<MetricScore>
        {
            new(MetricNames.Strict, strict.Count, predicted.Count, gold.Count),
            new(MetricNames.Relaxed, relaxed.Count, predicted.Count, gold.Count),
        };
        foreach (var (name, agrees) in attributes)
        {
            metrics.Add(new MetricScore(name, relaxed.Count(pair => agrees(pair.Gold, pair.Predicted)), predicted.Count, gold.Count));
        }

        return metrics;
    }

    // score.py's speaker_ok(): anonymous gold speakers match by descriptor containment, named ones by same_name().
    private static bool SpeakerAgrees(ScoredRecord gold, ScoredRecord predicted)
    {
        var goldSpeaker = Or(gold["speaker"], "");
        var predictedSpeaker = Or(predicted["speaker"], "");
        return ScoredRecord.IsTruthy(gold["anonymous"])
            ? NameMatching.SameDescriptor(goldSpeaker, predictedSpeaker)
            : NameMatching.SameName(goldSpeaker, predictedSpeaker);
    }

    // score.py's blocks rule: each gold paragraph against the first predicted block of largest overlap.
    private static List<MetricScore> ScoreBlocks(IReadOnlyList<ScoredRecord> gold, IReadOnlyList<ScoredRecord> predicted)
    {
        int voice = 0, source = 0, quoted = 0;
        foreach (var g in gold)
        {
            var isQuoted = g["voice"] == "quoted";
            if (isQuoted)
            {
                quoted++;
            }

            ScoredRecord? best = null;
            var bestOverlap = int.MinValue;
            foreach (var p in predicted)
            {
                var overlap = SpanMatcher.Overlap(g, p);
                if (best is null || overlap > bestOverlap)
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best is null || bestOverlap <= 0)
            {
                continue;
            }

            if (best["voice"] == g["voice"])
            {
                voice++;
            }

            if (isQuoted && best["voice"] == "quoted")
            {
                var goldSource = NameMatching.Normalize(g["source"]);
                if (NameMatching.SameName(Or(g["source"], ""), Or(best["source"], ""))
                    || (goldSource.Length > 0 && NameMatching.Normalize(Or(best["source"], "")).Contains(goldSource, StringComparison.Ordinal)))
                {
                    source++;
                }
            }
        }

        return
        [
            new MetricScore(MetricNames.Voice, voice, gold.Count, gold.Count),
            new MetricScore(MetricNames.Source, source, quoted, quoted),
        ];
    }

    // score.py's roles rule: gold roles in order, each taking the first unused prediction that matches.
    private static MetricScore ScoreRoles(IReadOnlyList<ScoredRecord> gold, IReadOnlyList<ScoredRecord> predicted)
    {
        var used = new HashSet<int>();
        var matched = 0;
        var predictedWords = predicted.Select(p => RoleWords(Or(p["role"], ""))).ToArray();
        foreach (var g in gold)
        {
            var goldWords = RoleWords(g["role"]);
            for (var j = 0; j < predicted.Count; j++)
            {
                if (used.Contains(j) || !NameMatching.SameName(g["entity"], Or(predicted[j]["entity"], "")))
                {
                    continue;
                }

                var common = goldWords.Count(predictedWords[j].Contains);
                var union = goldWords.Count + predictedWords[j].Count - common;
                if (goldWords.Count > 0 && (double)common / union >= 0.5)
                {
                    used.Add(j);
                    matched++;
                    break;
                }
            }
        }

        return new MetricScore(MetricNames.Pairs, matched, predicted.Count, gold.Count);
    }

    // score.py also removes "'s" before a word boundary here, but norm() has already turned every apostrophe
    // into a space, so that step can never match and is left out.
    private static HashSet<string> RoleWords(string? role) =>
        NameMatching.Normalize(role).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !RoleStopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    // Python's `value or fallback`.
    private static string? Or(string? value, string? fallback) => ScoredRecord.IsTruthy(value) ? value : fallback;
}
