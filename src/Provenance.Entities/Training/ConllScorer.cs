namespace Provenance.Entities.Training;

/// <summary>
/// The conlleval metric: a predicted entity counts when its token span and type equal a gold entity's.
/// Precision, recall and F1 over all entities and per type. Types listed in <c>ignoredTypes</c> (MISC, which
/// our guidelines do not annotate) are removed from both sides before scoring.
/// </summary>
public static class ConllScorer
{
    public static ConllScore Score(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted, IReadOnlySet<string>? ignoredTypes = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold sentences but {predicted.Count} predicted ones.", nameof(predicted));
        }

        var goldSpans = new HashSet<ConllSpan>();
        var predictedSpans = new HashSet<ConllSpan>();
        for (var s = 0; s < gold.Count; s++)
        {
            goldSpans.UnionWith(ConllSpan.FromTags(gold[s], s).Where(x => ignoredTypes?.Contains(x.Type) != true));
            predictedSpans.UnionWith(ConllSpan.FromTags(predicted[s], s).Where(x => ignoredTypes?.Contains(x.Type) != true));
        }

        var types = goldSpans.Select(x => x.Type).Concat(predictedSpans.Select(x => x.Type)).Distinct().Order(StringComparer.Ordinal);
        var perType = types.Select(t => Count(t, goldSpans.Where(x => x.Type == t), predictedSpans.Where(x => x.Type == t))).ToList();
        return new ConllScore(Count("overall", goldSpans, predictedSpans), perType);
    }

    private static ConllTypeScore Count(string type, IEnumerable<ConllSpan> gold, IEnumerable<ConllSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedList = predicted.ToList();
        var correct = predictedList.Count(goldSet.Contains);
        return new ConllTypeScore(type, goldSet.Count, predictedList.Count, correct);
    }
}
