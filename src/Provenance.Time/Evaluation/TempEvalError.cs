namespace Provenance.Time.Evaluation;

/// <summary>What kind of disagreement a <see cref="TempEvalError"/> records.</summary>
public enum TempEvalErrorKind
{
    /// <summary>A gold timex no predicted timex overlaps.</summary>
    Missed,

    /// <summary>A predicted timex no gold timex overlaps.</summary>
    Spurious,

    /// <summary>Overlapping spans whose values differ.</summary>
    WrongValue,

    /// <summary>Overlapping spans with the same value but different extents (counts against strict match only).</summary>
    WrongExtent,
}

/// <summary>One disagreement between the annotator and the gold, for reading errors while tuning on training data.</summary>
public sealed record TempEvalError(string DocumentId, TempEvalErrorKind Kind, string? GoldText, string? GoldValue, string? PredictedText, string? PredictedValue, string? Rule)
{
    /// <summary>The predicted timex involved (null for a missed gold timex).</summary>
    public Core.Annotations.Timex? Timex { get; init; }
}
