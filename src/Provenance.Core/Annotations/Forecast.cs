using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

/// <summary>How likely the holder says the outcome is; <see cref="ForecastCertainty"/> maps each to a probability.</summary>
public enum Certainty
{
    [JsonStringEnumMemberName("certain")] Certain,
    [JsonStringEnumMemberName("likely")] Likely,
    [JsonStringEnumMemberName("possible")] Possible,
    [JsonStringEnumMemberName("unlikely")] Unlikely,
    [JsonStringEnumMemberName("impossible")] Impossible,
}

/// <summary>A statement about a future outcome that can later be checked (GUIDELINES.md, "forecasts").</summary>
public sealed record Forecast(
    int Start,
    int End,
    string? Holder,
    string? Outcome,
    string? Horizon,
    Certainty Certainty,
    string? Rule = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}

/// <summary>The probabilities GUIDELINES.md assigns to each certainty, for Brier scores.</summary>
public static class ForecastCertainty
{
    public static double Probability(Certainty certainty) => certainty switch
    {
        Certainty.Certain => 0.95,
        Certainty.Likely => 0.75,
        Certainty.Possible => 0.5,
        Certainty.Unlikely => 0.25,
        Certainty.Impossible => 0.05,
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, "Unknown certainty."),
    };
}
