using System.Text.RegularExpressions;

namespace Provenance.Voice;

/// <summary>
/// How a paragraph sounds: evidence that it is news or analysis copy reproduced from elsewhere
/// (<see cref="News"/>: newsroom section labels such as "Zoom in:", attributions to an outlet such as "told
/// Axios", a quotation closed by "he said", inline citations "(Outlet, May 3)", a trailing "- the authors note")
/// against evidence of the author's own voice (<see cref="Author"/>: "I"/"my" outside quotations,
/// exclamations, questions, colloquial words, contractions opening the paragraph, very short reactions).
/// Judged on the words outside quotation marks. <see cref="Cues"/> lists the signals seen, for the evidence
/// field. Does not know outlets by name: "told X" counts whoever X is.
/// </summary>
public sealed partial record ParagraphRegister(double News, double Author, int Words, IReadOnlyList<string> Cues)
{
    /// <summary>News evidence minus author evidence: above zero sounds reproduced, below zero sounds like the author.</summary>
    public double Score => News - Author;

    public static ParagraphRegister Of(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var own = QuotedText.Outside(paragraph);
        var words = WordCount(paragraph);
        var cues = new List<string>();
        double news = 0, author = 0;

        void Add(ref double score, double weight, string cue)
        {
            score += weight;
            cues.Add(cue);
        }

        if (SectionLabel().IsMatch(paragraph))
        {
            Add(ref news, 3, "section-label");
        }

        if (OutletAttribution().IsMatch(own))
        {
            Add(ref news, 3, "outlet-attribution");
        }

        if (QuoteThenSpeaker().IsMatch(paragraph))
        {
            Add(ref news, 2, "quote-said");
        }

        var reporting = ReportingVerb().Matches(own).Count;
        if (reporting > 0)
        {
            // Commentary reports speech too; a reporting verb alone is weak evidence of copied news.
            Add(ref news, Math.Min(1.5, 0.75 * reporting), "reporting-verb");
        }

        if (InlineCitation().IsMatch(paragraph))
        {
            Add(ref news, 4, "inline-citation");
        }

        if (TrailingAttributionTag().IsMatch(paragraph))
        {
            Add(ref news, 5, "trailing-attribution");
        }

        if (FirstPersonSingular().IsMatch(own))
        {
            Add(ref author, 3, "first-person");
        }
        else if (FirstPersonPlural().IsMatch(own))
        {
            Add(ref author, 0.5, "first-person-plural");
        }

        if (SecondPerson().IsMatch(own))
        {
            Add(ref author, 1, "second-person");
        }

        if (own.Contains('!', StringComparison.Ordinal))
        {
            Add(ref author, 2, "exclamation");
        }

        if (own.TrimEnd().EndsWith('?'))
        {
            Add(ref author, 1.5, "question");
        }

        if (Colloquial().IsMatch(own))
        {
            Add(ref author, 2.5, "colloquial");
        }

        if (OpeningContraction().IsMatch(own))
        {
            Add(ref author, 2, "opening-contraction");
        }
        else if (Contraction().IsMatch(own))
        {
            Add(ref author, 0.5, "contraction");
        }

        if (ConversationalOpening().IsMatch(own))
        {
            Add(ref author, 1.5, "conversational-opening");
        }

        if (MetaCommentary().IsMatch(own))
        {
            Add(ref author, 2, "meta-commentary");
        }

        if (Shouting().IsMatch(own))
        {
            Add(ref author, 2, "shouting");
        }

        if (words <= 6)
        {
            Add(ref author, 2, "short");
        }
        else if (words >= 45 && author == 0)
        {
            Add(ref news, 1, "long-formal");
        }

        return new ParagraphRegister(news, author, words, cues);
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>Newsroom labels that open a section of a news item ("Why it matters:", "Zoom in:", "Executive Summary:").</summary>
    [GeneratedRegex(@"(?:^|[.!?”]\s+)(?:Why it matters|Zoom in|Zoom out|Behind the scenes|The other side|What to watch|What they're saying|What they’re saying|Friction point|Driving the news|Between the lines|The big picture|State of play|Yes, but|Go deeper|Flashback|Reality check|Catch up quick|By the numbers|The bottom line|Key takeaways?|Executive Summary|Scoop|Breaking|Context|Background|Details|Editor's note|Editor’s note)\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLabel();

    /// <summary>"officials tell Axios", "told the Daily Mail", "confirmed to Reuters", "in an interview with X", "X reported".</summary>
    [GeneratedRegex(@"\b(?:tells?|told|confirmed to|said to|speaking to|interview with)\s+(?:the\s+)?\p{Lu}[\p{L}.-]+|\b\p{Lu}[\p{L}.-]+\s+(?:reported|reports)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletAttribution();

    /// <summary>A quotation closed by its attribution: "…,” he said", "…,’ said de Bretton-Gordon", "…,” the official added".</summary>
    [GeneratedRegex(@"[,.?!][”""’]\s*(?:(?:he|she|they|it|the\s+[\p{L}.\s-]{1,40}?|a\s+[\p{L}.\s-]{1,40}?|an\s+[\p{L}.\s-]{1,40}?|\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})\s+(?:said|says|added|told|stated|noted|warned|confirmed|explained|wrote)|(?:said|says|added|wrote)\s+\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteThenSpeaker();

    [GeneratedRegex(@"\b(?:said|says|told|stated|noted|warned|announced|reported|confirmed|added|insisted|according to|expressed|claimed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\(\s*(?:see\s+)?\p{Lu}[^()\n]{1,60},\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b[^()\n]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCitation();

    /// <summary>A paragraph closed by a relayed source's tag: "… - the authors note.", "… – ISW states."</summary>
    [GeneratedRegex(@"\s[-–—]\s*(?:the\s+)?(?:authors?|analysts?|experts?|researchers?|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4})\s+(?:notes?|states?|writes?|says|said|stress(?:es)?|emphasi[sz]es?|report|reports|conclude|concludes|add|adds)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAttributionTag();

    /// <summary>"I", "my", "me"; a Roman numeral after a noun ("World War I", "Part I") is not the pronoun.</summary>
    [GeneratedRegex(@"(?<!\b(?:War|Phase|Part|Chapter|Class|Type|Stage|Act|Title|Article|Section|Volume|Book|Season|Episode|Grade|Level|Category|Annex|Appendix|Round|Tier|Group|Division)\s)\b(?:I|I’m|I'm|I’d|I'd|I’ll|I'll|I’ve|I've)\b(?![.-]\p{L})|\b(?:my|me|mine|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonSingular();

    [GeneratedRegex(@"\b(?:[Ww]e|[Ww]e’ve|[Ww]e've|[Ww]e’re|[Ww]e're|our|us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonPlural();

    [GeneratedRegex(@"\b(?:you|your|you’re|you're|you’ll|you'll)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:lol|lmao|eh|woah|whoa|wow|bullshit|nonsense|funny|indeed|ridiculous|absurd|crap|damn|hoax|sigh|yikes|anyway|btw|imo|imho|pretend|silly|stupid|idiots?|clowns?|laughable|hilarious)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Colloquial();

    [GeneratedRegex(@"^\s*(?:It|That|There|They|What|Here|Let|Who|This|We|You|He|She)[’'](?:s|re|ll|d|ve)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningContraction();

    [GeneratedRegex(@"\b\p{L}+[’'](?:re|ll|ve|d|t)\b|\b(?:it|that|there|what|here|let)[’']s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"^\s*(?:So|Well|Anyway|Maybe|Bear in mind|Remember|Look|Honestly|Frankly|Of course|Again|Now,|Ok|Okay|Yes|No,|Pause)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationalOpening();

    /// <summary>The author commenting on a text just shown: "They argue that …", "The report claims …", "The red flag here is …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:They|The authors?|The report|The piece|The article|This report|That report|The analysis)\s+(?:argue|argues|claim|claims|say|says|contend|contends|suggest|suggests|make|makes|think|thinks)\b|The\s+\p{L}+(?:\s+\p{L}+)?\s+here\s+(?:is|are|was)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MetaCommentary();

    [GeneratedRegex(@"\b\p{Lu}{2,}(?:\s+\p{Lu}{2,}[,!?.]?){3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Shouting();
}
