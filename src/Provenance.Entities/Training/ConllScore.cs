namespace Provenance.Entities.Training;

/// <summary>conlleval scores: overall and per type.</summary>
public sealed record ConllScore(ConllTypeScore Overall, IReadOnlyList<ConllTypeScore> PerType);
