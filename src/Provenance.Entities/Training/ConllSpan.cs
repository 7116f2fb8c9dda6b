namespace Provenance.Entities.Training;

/// <summary>An entity span over token indices [Start, End) of one sentence, with its CoNLL type ("PER").</summary>
public readonly record struct ConllSpan(int Sentence, int Start, int End, string Type)
{
    /// <summary>The spans of IOB2 tags; an "I-" that does not continue a span opens a new one (as conlleval does).</summary>
    public static List<ConllSpan> FromTags(IReadOnlyList<string> tags, int sentence = 0)
    {
        var spans = new List<ConllSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag.AsSpan(2).SequenceEqual(type);
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add(new ConllSpan(sentence, start, i, type));
                type = null;
            }

            if (tag.Length > 2 && tag[1] == '-')
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }
}
