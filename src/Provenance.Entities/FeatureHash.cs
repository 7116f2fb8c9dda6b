namespace Provenance.Entities;

/// <summary>
/// 32-bit FNV-1a hashes of feature names. The model stores only these hashes, never the feature strings,
/// so it holds no words of its training text. Collisions merge two features, which costs little accuracy.
/// </summary>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hash of a template name followed by a value ("w=" + "putin").</summary>
    public static uint Of(string template, ReadOnlySpan<char> value)
    {
        var hash = Add(OffsetBasis, template.AsSpan());
        hash = Add(hash, "\u0001".AsSpan());
        return Add(hash, value);
    }

    public static uint Of(string template) => Add(OffsetBasis, template.AsSpan());

    /// <summary>Hash of a template with two values ("w-1|w" + "president" + "putin").</summary>
    public static uint Of(string template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = Of(template, first);
        hash = Add(hash, "\u0002".AsSpan());
        return Add(hash, second);
    }

    /// <summary>
    /// The running hash after a template and its separator: <c>Append(Start(t), v)</c> equals <c>Of(t, v)</c>,
    /// and several appends hash the concatenation of their values, so features built from pieces need no string.
    /// </summary>
    public static uint Start(string template) => Add(Add(OffsetBasis, template.AsSpan()), "\u0001".AsSpan());

    /// <summary>Continues a hash from <see cref="Start"/> with more characters of the value.</summary>
    public static uint Append(uint hash, ReadOnlySpan<char> text) => Add(hash, text);

    /// <summary>Continues a hash with the separator <see cref="Of(string, ReadOnlySpan{char}, ReadOnlySpan{char})"/> puts before its second value.</summary>
    public static uint AppendSecond(uint hash, ReadOnlySpan<char> second) => Add(Add(hash, "\u0002".AsSpan()), second);

    /// <summary>Combines an already hashed feature with a small number (a tag index) into a new feature.</summary>
    public static uint Combine(uint feature, int value, uint salt)
    {
        var hash = OffsetBasis ^ salt;
        hash = (hash ^ feature) * Prime;
        hash = (hash ^ (uint)value) * Prime;
        hash ^= hash >> 15;
        return hash * Prime;
    }

    private static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
