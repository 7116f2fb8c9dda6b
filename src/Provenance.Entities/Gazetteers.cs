using System.Reflection;

namespace Provenance.Entities;

/// <summary>
/// The name lists the tagger's features and the span rules consult, read from the assembly's embedded
/// <c>Gazetteers/*.txt</c> (one name per line, '#' starts a comment). Where each list comes from is written
/// in its first line and in <c>Gazetteers/README.md</c>: countries and subdivisions from Debian's iso-codes
/// (LGPL-2.1+), the rest compiled by the project's authors. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteers
{
    private static readonly Lazy<Gazetteers> LazyDefault = new(LoadEmbedded);

    private Gazetteers(IReadOnlyList<Gazetteer> featureLists, Gazetteer titles, Gazetteer speechVerbs, Gazetteer orgWords, Gazetteer locHeadWords,
        Gazetteer places, Gazetteer locations, Gazetteer firstNames, Gazetteer organisations, Gazetteer countriesAndCities)
    {
        Organisations = organisations;
        CountriesAndCities = countriesAndCities;
        FeatureLists = featureLists;
        Titles = titles;
        SpeechVerbs = speechVerbs;
        OrgWords = orgWords;
        LocHeadWords = locHeadWords;
        Places = places;
        Locations = locations;
        FirstNames = firstNames;
    }

    /// <summary>The lists shipped with the assembly.</summary>
    public static Gazetteers Default => LazyDefault.Value;

    /// <summary>Lists whose membership becomes a tagger feature (countries, subdivisions, cities, LOC places, organisations, outlets, first names).</summary>
    public IReadOnlyList<Gazetteer> FeatureLists { get; }

    /// <summary>Titles and role words written before a name ("president", "envoy"), lower case.</summary>
    public Gazetteer Titles { get; }

    /// <summary>Verbs that follow a speaker ("said", "told").</summary>
    public Gazetteer SpeechVerbs { get; }

    /// <summary>Words that head or end organisation names ("Ministry", "Bank", "Times").</summary>
    public Gazetteer OrgWords { get; }

    /// <summary>Last words of natural features ("Sea", "River", "Mountains").</summary>
    public Gazetteer LocHeadWords { get; }

    /// <summary>Places with a government: countries, subdivisions, cities (GPE).</summary>
    public Gazetteer Places { get; }

    /// <summary>Places without one: continents, seas, regions (LOC).</summary>
    public Gazetteer Locations { get; }

    public Gazetteer FirstNames { get; }

    /// <summary>Organisations and news outlets (ORG).</summary>
    public Gazetteer Organisations { get; }

    /// <summary>Countries and the cities and short names we list, without iso-codes subdivisions.</summary>
    public Gazetteer CountriesAndCities { get; }

    private static Gazetteers LoadEmbedded()
    {
        var countries = Read("countries");
        var subdivisions = Read("subdivisions");
        var gpeExtra = Read("gpe-extra");
        var loc = Read("loc");
        var organisations = Read("organisations");
        var outlets = Read("outlets");
        var firstNames = Read("first-names");
        var featureLists = new[]
        {
            new Gazetteer("country", countries),
            new Gazetteer("subdivision", subdivisions),
            new Gazetteer("gpe", gpeExtra),
            new Gazetteer("loc", loc),
            new Gazetteer("org", organisations),
            new Gazetteer("outlet", outlets),
            new Gazetteer("first", firstNames),
        };
        return new Gazetteers(
            featureLists,
            new Gazetteer("title", Read("person-titles")),
            new Gazetteer("speech", Read("speech-verbs")),
            new Gazetteer("orgword", Read("org-words")),
            new Gazetteer("lochead", Read("loc-head-words")),
            new Gazetteer("places", countries.Concat(subdivisions).Concat(gpeExtra)),
            new Gazetteer("locations", loc),
            featureLists[^1],
            new Gazetteer("organisations", organisations.Concat(outlets)),
            new Gazetteer("countries-cities", countries.Concat(gpeExtra)));
    }

    private static List<string> Read(string name)
    {
        var assembly = typeof(Gazetteers).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Provenance.Entities.Gazetteers.{name}.txt")
            ?? throw new InvalidOperationException($"The gazetteer '{name}' is missing from {assembly.GetName().Name}; it should be embedded from Gazetteers/{name}.txt.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line);
            }
        }

        return entries;
    }
}
