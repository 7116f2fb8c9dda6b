namespace Provenance.Quotes;

/// <summary>
/// Decides whether a capitalised name looks like a news outlet: a short list of agencies and outlets that
/// publish most attributed reporting (wire services, major broadcasters and papers), plus the words that
/// outlet names are built from ("News", "Times", "Zeitung", ".com"). Used only to choose between a person
/// and an outlet after a reporting construction ("according to Reuters" vs "according to Rutte").
/// </summary>
internal static class OutletNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "Axios", "CNN", "BBC",
        "Fox", "Fox News", "NBC", "CBS", "ABC", "MSNBC", "CNBC", "NPR", "PBS", "Politico", "Semafor", "The Hill",
        "Punchbowl", "Newsweek", "Time", "Vox", "Breitbart", "HuffPost", "Huffington Post", "Axios", "TASS",
        "Itar-Tass", "RIA", "RIA Novosti", "Interfax", "Kommersant", "Vedomosti", "Izvestia", "RBC", "RT",
        "Sputnik", "Meduza", "Al Jazeera", "Al Arabiya", "Anadolu", "Xinhua", "Kyodo", "Yonhap", "Der Spiegel",
        "Spiegel", "Bild", "Die Welt", "FAZ", "Le Monde", "Le Figaro", "El País", "Corriere della Sera",
        "Ukrinform", "Ukrainska Pravda", "Kyiv Independent", "Suspilne", "Censor.net", "Notes from Poland",
        "Economist", "The Economist", "Guardian", "The Guardian", "Telegraph", "The Telegraph", "Daily Mail",
        "The Times", "Sky News", "Euronews", "Deutsche Welle", "DW", "Radio Liberty", "RFE/RL", "Rzeczpospolita",
        "Haaretz", "Wall Street Journal", "WSJ", "New York Times", "NYT", "Washington Post", "Financial Times",
        "FT", "USA Today", "Los Angeles Times", "Forbes", "Fortune", "Business Insider", "Insider", "Vedomosti",
        "Novaya Gazeta", "Moscow Times", "The Moscow Times", "Nezavisimaya Gazeta", "Gazeta", "Lenta", "Rossiyskaya Gazeta",
    };

    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Times", "Post", "Journal", "Zeitung", "Gazette", "Gazeta", "Herald", "Tribune", "Telegraph",
        "Daily", "Press", "Agency", "Radio", "TV", "Television", "Channel", "Magazine", "Review", "Monitor",
        "Observer", "Independent", "Pravda", "Novosti", "Mail", "Express", "Chronicle", "Standard", "Wire",
        "Broadcasting", "Network", "Newspaper", "Podcast", "Today", "Insider", "Report", "Dispatch", "Bulletin",
        "Courier", "Globe", "Sun", "Mirror", "Inquirer", "Examiner", "Week", "Weekly", "Izvestia", "Vremya",
    };

    public static bool LooksLikeOutlet(string name)
    {
        var trimmed = StripArticle(name);
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (Known.Contains(trimmed) || trimmed.Contains(".com", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains(".ru", StringComparison.OrdinalIgnoreCase) || trimmed.Contains(".ua", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains(".net", StringComparison.OrdinalIgnoreCase) || trimmed.Contains(".org", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (OutletWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public static string StripArticle(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !Known.Contains(trimmed) ? trimmed[4..] : trimmed;
    }
}
