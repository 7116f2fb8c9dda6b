using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

/// <summary>TimeML TIMEX3 types.</summary>
public enum TimexType
{
    [JsonStringEnumMemberName("DATE")] Date,
    [JsonStringEnumMemberName("TIME")] Time,
    [JsonStringEnumMemberName("DURATION")] Duration,
    [JsonStringEnumMemberName("SET")] Set,
}

/// <summary>A temporal expression with its TIMEX3 value (<c>2025-11-17</c>, <c>P3D</c>, <c>XXXX-WXX-1</c>, <c>PRESENT_REF</c>).</summary>
public sealed record Timex(int Start, int End, TimexType Type, string? Value, string? Rule = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
