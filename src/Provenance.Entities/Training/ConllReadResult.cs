namespace Provenance.Entities.Training;

/// <summary>The documents read from a CoNLL file and the number of malformed lines skipped.</summary>
public sealed record ConllReadResult(IReadOnlyList<ConllDocument> Documents, int SkippedLines)
{
    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);

    public int TokenCount => Documents.Sum(d => d.TokenCount);
}
