namespace Provenance.Quotes.Learned;

/// <summary>
/// Deterministic 64-bit FNV-1a hashing of feature templates and their values, so that a model trained in one
/// process scores the same features in another (string.GetHashCode is randomised per process).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        var hash = Mix(Offset, (ulong)template);
        foreach (var c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong Of(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = Of(template, first);
        hash = (hash ^ 0x1F) * Prime;
        foreach (var c in second)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong Of(int template, long value) => Mix(Mix(Offset, (ulong)template), (ulong)value);

    public static ulong With(ulong hash, long value) => Mix(hash, (ulong)value);

    private static ulong Mix(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return hash;
    }
}
