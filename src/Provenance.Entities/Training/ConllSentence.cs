namespace Provenance.Entities.Training;

/// <summary>A sentence of a CoNLL file: its words and their IOB2 tags ("B-PER", "I-PER", "O").</summary>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);
