using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>
/// Splits the tagger's CoNLL LOC into our GPE and LOC. CoNLL does not tell them apart; the guidelines call
/// places with a government GPE (countries, subdivisions, cities) and other places LOC (continents, seas,
/// regions). A place is LOC when the LOC list names it ("Europe", "Black Sea", "North Caucasus") or when its
/// last word is a natural feature ("Caspian Sea", "Dnieper River"); everything else is GPE, since news
/// names countries and cities far more often than anything else. Not handled: a region that has a government
/// under one name and not another (the list decides).
/// </summary>
internal static class PlaceTypeRule
{
    public static (EntityType Type, string Rule) Classify(IReadOnlyList<string> words, Gazetteers gazetteers)
    {
        var name = string.Join(' ', words);
        if (gazetteers.Places.Contains(name))
        {
            return (EntityType.GeopoliticalEntity, "gpe-list");
        }

        if (gazetteers.Locations.Contains(name))
        {
            return (EntityType.Location, "loc-list");
        }

        if (words.Count > 1 && gazetteers.LocHeadWords.Contains(words[^1]))
        {
            return (EntityType.Location, "loc-head-word");
        }

        return (EntityType.GeopoliticalEntity, "gpe-default");
    }
}
