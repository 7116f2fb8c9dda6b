namespace Provenance.Eval;

/// <summary>The metric names score.py reports, as they appear in <see cref="LayerScore.Metrics"/> and in the JSON report.</summary>
public static class MetricNames
{
    /// <summary>Spans paired when their offsets are equal once spaces and punctuation are trimmed.</summary>
    public const string Strict = "strict";

    /// <summary>Spans paired when they overlap, largest overlap first.</summary>
    public const string Relaxed = "relaxed";

    public const string Speaker = "speaker";
    public const string Kind = "kind";
    public const string Outlet = "outlet";
    public const string Entity = "entity";
    public const string Value = "value";
    public const string Type = "type";
    public const string Date = "date";
    public const string Holder = "holder";
    public const string Horizon = "horizon";
    public const string Certainty = "certainty";
    public const string Voice = "voice";
    public const string Source = "source";

    /// <summary>The one metric of roles: (person, role) pairs matched. score.py's table calls it "pairs".</summary>
    public const string Pairs = "pairs";
}
