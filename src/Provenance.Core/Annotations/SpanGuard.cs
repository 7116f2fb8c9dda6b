namespace Provenance.Core.Annotations;

/// <summary>Checks the span invariant when an annotation is constructed: <c>0 &lt;= Start &lt;= End</c>.</summary>
internal static class SpanGuard
{
    public static int End(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start, nameof(start));
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"A span's End ({end}) must not be before its Start ({start}).");
        }

        return end;
    }
}
