namespace Provenance.Time;

/// <summary>Which way a relative expression points, judged from the verbs nearest to it.</summary>
public enum Tense
{
    /// <summary>No marker found; news convention treats an unmarked weekday as past.</summary>
    Unknown,
    Past,
    Present,
    Future,
}
