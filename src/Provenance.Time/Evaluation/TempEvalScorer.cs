using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Time.Evaluation;

/// <summary>
/// Runs a pipeline that produces the <c>timex</c> layer over TempEval documents (the DCT as published date)
/// and scores it against their TIMEX3s. Pairs are made one to one, largest overlap first; a relaxed match is any
/// overlap, a strict match the same extent once surrounding spaces and punctuation are trimmed. A document the
/// pipeline fails on counts with no predictions and is listed among the problems.
/// </summary>
public static class TempEvalScorer
{
    public static TempEvalScore Score(IEnumerable<TempEvalDocument> documents, AnnotationPipeline pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Score(
            documents,
            document => pipeline.Process(new Document(document.Id, document.Text, new DocumentMetadata { Published = document.CreationTime }), cancellationToken).Get(Layers.Timex),
            cancellationToken);
    }

    /// <summary>
    /// Scores timexes from any source (another tool's records, a single annotator): <paramref name="predict"/>
    /// gives each document's predictions; an <see cref="AnnotatorException"/> it throws counts as no predictions.
    /// </summary>
    public static TempEvalScore Score(IEnumerable<TempEvalDocument> documents, Func<TempEvalDocument, IReadOnlyList<Timex>> predict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(predict);
        int count = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, value = 0, type = 0;
        var errors = new List<TempEvalError>();
        var problems = new List<string>();
        var byRule = new Dictionary<string, (int Predicted, int Relaxed, int Value)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            IReadOnlyList<Timex> found;
            try
            {
                found = predict(document);
            }
            catch (AnnotatorException e)
            {
                problems.Add($"{document.Id}: {e.Message}");
                found = [];
            }

            var result = ScoreDocument(document, found);
            gold += document.Gold.Count;
            predicted += found.Count;
            strict += result.Strict;
            relaxed += result.Relaxed;
            value += result.Value;
            type += result.Type;
            errors.AddRange(result.Errors);
            foreach (var timex in found)
            {
                var key = timex.Rule ?? "";
                var (p, r, v) = byRule.GetValueOrDefault(key);
                var error = result.Errors.FirstOrDefault(e => e.Kind != TempEvalErrorKind.Missed && ReferenceEquals(e.Timex, timex));
                byRule[key] = (p + 1, r + (error?.Kind == TempEvalErrorKind.Spurious ? 0 : 1), v + (error is null || error.Kind == TempEvalErrorKind.WrongExtent ? 1 : 0));
            }
        }

        return new TempEvalScore(count, gold, predicted, strict, relaxed, value, type, errors, problems) { ByRule = byRule };
    }

    /// <summary>Scores one document's predicted timexes against its gold.</summary>
    public static (int Strict, int Relaxed, int Value, int Type, IReadOnlyList<TempEvalError> Errors) ScoreDocument(TempEvalDocument document, IReadOnlyList<Timex> predicted)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = new List<(int Gold, int Predicted, int Overlap)>();
        for (var g = 0; g < document.Gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(document.Gold[g].End, predicted[p].End) - Math.Max(document.Gold[g].Start, predicted[p].Start);
                if (overlap > 0)
                {
                    pairs.Add((g, p, overlap));
                }
            }
        }

        var goldUsed = new bool[document.Gold.Count];
        var predictedUsed = new bool[predicted.Count];
        int strict = 0, relaxed = 0, value = 0, type = 0;
        var errors = new List<TempEvalError>();
        foreach (var (g, p, _) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (goldUsed[g] || predictedUsed[p])
            {
                continue;
            }

            goldUsed[g] = predictedUsed[p] = true;
            relaxed++;
            var goldTimex = document.Gold[g];
            var timex = predicted[p];
            var predictedText = document.Text[timex.Start..timex.End];
            var sameExtent = Trim(document.Text, goldTimex.Start, goldTimex.End) == Trim(document.Text, timex.Start, timex.End);
            if (sameExtent)
            {
                strict++;
            }

            if (string.Equals(goldTimex.Value, timex.Value, StringComparison.Ordinal))
            {
                value++;
                if (!sameExtent)
                {
                    errors.Add(new TempEvalError(document.Id, TempEvalErrorKind.WrongExtent, goldTimex.Text, goldTimex.Value, predictedText, timex.Value, timex.Rule) { Timex = timex });
                }
            }
            else
            {
                errors.Add(new TempEvalError(document.Id, TempEvalErrorKind.WrongValue, goldTimex.Text, goldTimex.Value, predictedText, timex.Value, timex.Rule) { Timex = timex });
            }

            if (string.Equals(goldTimex.Type, TypeName(timex.Type), StringComparison.Ordinal))
            {
                type++;
            }
        }

        for (var g = 0; g < goldUsed.Length; g++)
        {
            if (!goldUsed[g])
            {
                errors.Add(new TempEvalError(document.Id, TempEvalErrorKind.Missed, document.Gold[g].Text, document.Gold[g].Value, null, null, null));
            }
        }

        for (var p = 0; p < predictedUsed.Length; p++)
        {
            if (!predictedUsed[p])
            {
                var timex = predicted[p];
                errors.Add(new TempEvalError(document.Id, TempEvalErrorKind.Spurious, null, null, document.Text[timex.Start..timex.End], timex.Value, timex.Rule) { Timex = timex });
            }
        }

        return (strict, relaxed, value, type, errors);
    }

    /// <summary>The TIMEX3 spelling of a type (DATE, TIME, DURATION, SET).</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsPunctuation(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
        {
            end--;
        }

        return (start, end);
    }
}
