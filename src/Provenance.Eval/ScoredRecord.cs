namespace Provenance.Eval;

/// <summary>
/// One record of a layer as the scorer sees it, whether it comes from a gold file or from a prediction:
/// <c>start</c>, <c>end</c> (UTF-16 offsets, <c>[Start, End)</c>), the <c>text</c> the record claims to cover,
/// and every other field by its JSON name. Field values are kept as strings: a JSON string as itself,
/// <c>null</c> as <c>null</c>, <c>true</c>/<c>false</c> and numbers as their JSON text. Role records have no
/// span (<see cref="HasSpan"/> is false); they are matched on their fields alone.
/// </summary>
public sealed record ScoredRecord(int Start, int End, string? Text, IReadOnlyDictionary<string, string?> Attributes)
{
    /// <summary>False for records without offsets (roles); their <see cref="Start"/> and <see cref="End"/> are 0.</summary>
    public bool HasSpan { get; init; } = true;

    /// <summary>The field's value, or <c>null</c> when the record does not have it (Python's <c>dict.get</c>).</summary>
    public string? this[string attribute] => Attributes.TryGetValue(attribute, out var value) ? value : null;

    /// <summary>
    /// Python truthiness of a field value as score.py tests it (<c>if g.get("anonymous")</c>, <c>x or None</c>):
    /// <c>null</c>, <c>""</c>, <c>false</c> and <c>0</c> are false.
    /// </summary>
    /// <remarks>
    /// Because values are kept as text, the JSON strings "false" and "0" also count as false here, where Python
    /// would call them true; no gold or prediction field holds such a string.
    /// </remarks>
    public static bool IsTruthy(string? value) => value is { Length: > 0 } and not "false" and not "0" and not "0.0";
}
