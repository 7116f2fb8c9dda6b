namespace Provenance.Quotes.Learned;

/// <summary>
/// The features of one word for the attribution tagger, as hashes: the word and its neighbours (±2), suffix and
/// shape, reporting-verb and noun-cue lemmas around it, whether it is inside a quotation, the nearest cue on each
/// side of it in the sentence (distance bucket and lemma), what the hand-written rules tagged it and its
/// neighbours, and the two previous tags (left-to-right decoding).
/// </summary>
internal static class AttributionFeatures
{
    public const int MaxFeatures = 48;
    private const int Start = 7;

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="buffer"/>; returns how many.</summary>
    public static int Extract(AttributionSequence s, int i, int previousTag, int previousTag2, Span<ulong> buffer)
    {
        var n = 0;
        var w0 = s.Lower[i];
        var first = s.SentenceFirst[i];
        var wm1 = i > 0 && s.BlockOf[i - 1] == s.BlockOf[i] ? s.Lower[i - 1] : "<s>";
        var wm2 = i > 1 && s.BlockOf[i - 2] == s.BlockOf[i] ? s.Lower[i - 2] : "<s>";
        var wp1 = i + 1 < s.Count && s.BlockOf[i + 1] == s.BlockOf[i] ? s.Lower[i + 1] : "</s>";
        var wp2 = i + 2 < s.Count && s.BlockOf[i + 2] == s.BlockOf[i] ? s.Lower[i + 2] : "</s>";
        var lemma = s.Lemma[i] ?? "-";
        var lemmaBefore = i > 0 ? s.Lemma[i - 1] ?? "-" : "-";
        var lemmaAfter = i + 1 < s.Count ? s.Lemma[i + 1] ?? "-" : "-";
        var rule = (int)s.RuleTag[i];
        var ruleBefore = i > 0 ? (int)s.RuleTag[i - 1] : Start;
        var ruleAfter = i + 1 < s.Count ? (int)s.RuleTag[i + 1] : Start;
        var inQuote = s.InQuote[i] ? 1 : 0;
        var shape = s.Shape[i];

        buffer[n++] = FeatureHash.Of(1, 0);
        buffer[n++] = FeatureHash.Of(2, w0);
        buffer[n++] = FeatureHash.Of(3, wm1);
        buffer[n++] = FeatureHash.Of(4, wp1);
        buffer[n++] = FeatureHash.Of(5, wm2);
        buffer[n++] = FeatureHash.Of(6, wp2);
        buffer[n++] = FeatureHash.Of(7, w0.Length > 3 ? w0.AsSpan(w0.Length - 3) : w0);
        buffer[n++] = FeatureHash.Of(8, shape);
        buffer[n++] = FeatureHash.Of(9, (i > 0 ? s.Shape[i - 1] : "<s>") + "|" + shape + "|" + (i + 1 < s.Count ? s.Shape[i + 1] : "</s>"));
        buffer[n++] = FeatureHash.Of(10, lemma);
        buffer[n++] = FeatureHash.Of(11, lemmaBefore);
        buffer[n++] = FeatureHash.Of(12, lemmaAfter);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(13, shape), inQuote);
        buffer[n++] = FeatureHash.Of(14, rule);
        buffer[n++] = FeatureHash.Of(15, (ruleBefore * 16) + ruleAfter);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(16, lemma), rule);
        buffer[n++] = FeatureHash.Of(17, first ? 1 : 0);
        buffer[n++] = FeatureHash.Of(18, w0, wp1);
        buffer[n++] = FeatureHash.Of(19, wm1, w0);
        buffer[n++] = FeatureHash.Of(20, (inQuote * 4) + (i > 0 && s.InQuote[i - 1] ? 2 : 0) + (i + 1 < s.Count && s.InQuote[i + 1] ? 1 : 0));

        var left = s.LeftCue[i];
        var right = s.RightCue[i];
        var leftBucket = left < 0 ? 0 : Bucket(i - left);
        var rightBucket = right < 0 ? 0 : Bucket(right - i);
        buffer[n++] = FeatureHash.Of(21, leftBucket);
        buffer[n++] = FeatureHash.Of(22, rightBucket);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(23, left < 0 ? "-" : s.Lemma[left]!), leftBucket);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(24, right < 0 ? "-" : s.Lemma[right]!), rightBucket);
        buffer[n++] = FeatureHash.Of(25, (leftBucket * 16) + rightBucket);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(26, shape), (leftBucket * 16) + rightBucket);


        // The previous tags: content runs long and a cue follows its source, so the label history matters most.
        buffer[n++] = FeatureHash.Of(30, previousTag);
        buffer[n++] = FeatureHash.Of(31, (previousTag * 16) + previousTag2);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(32, w0), previousTag);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(33, lemma), previousTag);
        buffer[n++] = FeatureHash.With(FeatureHash.Of(34, shape), previousTag);
        buffer[n++] = FeatureHash.Of(35, (previousTag * 16) + rule);
        buffer[n++] = FeatureHash.Of(36, (previousTag * 64) + (leftBucket * 8) + (first ? 1 : 0));
        buffer[n++] = FeatureHash.With(FeatureHash.Of(37, wm1), previousTag);
        buffer[n++] = FeatureHash.Of(38, (previousTag * 16) + (inQuote * 2) + (first ? 1 : 0));
        return n;
    }

    /// <summary>The tag index used for "before the paragraph".</summary>
    public static int StartTag => Start;

    private static int Bucket(int distance) => distance switch
    {
        1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        <= 15 => 6,
        _ => 7,
    };
}
