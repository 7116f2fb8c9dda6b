namespace Provenance.Entities;

/// <summary>
/// Other names of one entity ("U.S." → "United States", "Kiev" → "Kyiv"), read from the embedded
/// <c>Gazetteers/aliases.txt</c> (compiled by the project's authors). Lookup ignores case only for
/// names of more than three letters, so "US" and "us" stay apart. Immutable and thread-safe.
/// </summary>
public sealed class NameAliases
{
    private static readonly Lazy<NameAliases> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, string> _exact;
    private readonly Dictionary<string, string> _folded;

    public NameAliases(IEnumerable<KeyValuePair<string, string>> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        _exact = new Dictionary<string, string>(StringComparer.Ordinal);
        _folded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, canonical) in aliases)
        {
            _exact[alias] = canonical;
            if (alias.Length > 3)
            {
                _folded[alias] = canonical;
            }
        }
    }

    public static NameAliases Default => LazyDefault.Value;

    public bool TryGetCanonical(string name, out string canonical) =>
        _exact.TryGetValue(name, out canonical!) || _folded.TryGetValue(name, out canonical!);

    private static NameAliases LoadEmbedded()
    {
        var assembly = typeof(NameAliases).Assembly;
        using var stream = assembly.GetManifestResourceStream("Provenance.Entities.Gazetteers.aliases.txt")
            ?? throw new InvalidOperationException("The alias list is missing from the assembly; it should be embedded from Gazetteers/aliases.txt.");
        using var reader = new StreamReader(stream);
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (!line.StartsWith('#') && parts.Length == 2)
            {
                pairs.Add(new(parts[0].Trim(), parts[1].Trim()));
            }
        }

        return new NameAliases(pairs);
    }
}
