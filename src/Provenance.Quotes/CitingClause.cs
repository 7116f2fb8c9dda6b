namespace Provenance.Quotes;

/// <summary>
/// "…, Axios reported, citing a U.S. official": the cited source is the speaker and the reporting outlet is the
/// outlet (GUIDELINES.md, "quotes": an outlet relaying someone). Looks for "citing" after the cue, up to the
/// end of the attribution; also reads "quoted X as saying".
/// </summary>
internal static class CitingClause
{
    public static void Apply(QuoteContext context, QuoteCandidate candidate, int cueWord, int endWord)
    {
        var words = context.Words;
        for (var i = cueWord + 1; i < endWord && i < words.Length; i++)
        {
            if (!context.WordIs(i, "citing"))
            {
                continue;
            }

            var cited = SpeakerPhraseReader.ReadAfter(context.Text, words, i + 1, Math.Min(endWord, words.Length) - 1, out _);
            if (cited is null)
            {
                return;
            }

            if (candidate.Phrase is { Kind: SpeakerPhraseKind.Name } subject && OutletNames.LooksLikeOutlet(subject.Text))
            {
                candidate.Outlet = OutletNames.StripArticle(subject.Text);
            }
            else if (candidate.Phrase is { Kind: SpeakerPhraseKind.OutletReference } reference && OutletFinder.LatestOutletBefore(context, reference.Start) is { } outlet)
            {
                candidate.Outlet = outlet;
            }

            candidate.Phrase = cited;
            return;
        }
    }
}
