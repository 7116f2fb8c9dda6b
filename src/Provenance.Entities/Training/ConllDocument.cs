namespace Provenance.Entities.Training;

/// <summary>The sentences between two <c>-DOCSTART-</c> lines of a CoNLL file.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Words.Count);
}
