using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>
/// For each sentence, the range [First, End) of indices of the tokens inside it. Tokens and sentences are
/// both sorted, so one pass over the tokens serves every sentence.
/// </summary>
internal static class SentenceTokenRanges
{
    /// <param name="keepEmpty">Keep a range for a sentence without tokens, so range <c>i</c> is sentence <c>i</c>;
    /// otherwise such sentences are left out.</param>
    public static List<(int First, int End)> Of(IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens, bool keepEmpty)
    {
        var ranges = new List<(int, int)>(sentences.Count);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Count && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].End <= sentence.End)
            {
                t++;
            }

            if (keepEmpty || t > first)
            {
                ranges.Add((first, t));
            }
        }

        return ranges;
    }
}
