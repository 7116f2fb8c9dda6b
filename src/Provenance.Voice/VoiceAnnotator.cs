using System.Text.RegularExpressions;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using VoiceKind = Provenance.Core.Annotations.Voice;

namespace Provenance.Voice;

/// <summary>
/// Refines <see cref="Layers.Blocks"/>: decides for every paragraph whether the author speaks or a passage
/// from another text is reproduced, names that text, and records the deciding signal in
/// <see cref="Block.Evidence"/>. Signals, strongest first:
/// <list type="number">
/// <item>markup the reader kept (block quotes: the block layer already says quoted);</item>
/// <item>a document that is a copy as a whole (<see cref="RepostSignal"/>: metadata, credit lines): its body
/// is quoted, its header, site chrome and reference lines are the author's; a lead-in inside the copy
/// ("… on his VK:") switches the source for what follows;</item>
/// <item>paragraphs closed by a relayed source's tag ("… - ISW states.");</item>
/// <item>otherwise, when the document shows an author's own voice (first person, a lead-in), a sequence
/// decision (Viterbi over author/quoted) on each paragraph's register score (<see cref="ParagraphRegister"/>),
/// with a bonus after lead-ins, a cost for each change of voice and fragments glued to their paragraph.</item>
/// </list>
/// A passage's source comes from its lead-in, else its own attributions to an outlet, else the previous
/// passage; all paragraphs of a passage share it. A document with no second voice stays the author's:
/// an unmarked copy is not detected here (GUIDELINES.md: voice is judged from the document alone).
/// Immutable and thread-safe.
/// </summary>
public sealed partial class VoiceAnnotator(VoiceOptions? options = null) : IAnnotator
{
    private readonly VoiceOptions _options = options ?? VoiceOptions.Default;

    public string Name => "voice";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Blocks];

    public IReadOnlyList<LayerKey> Uses { get; } = [Layers.Markup];

    public LayerKey Produces => Layers.Blocks;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Get(Layers.Blocks);
        if (blocks.Length == 0)
        {
            return document;
        }

        var texts = blocks.Select(document.TextOf).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var decided = RepostSignal.Detect(document, texts) is { } repost
            ? DecideRepost(blocks, texts, repost, document.Text)
            : DecideBySequence(blocks, texts, document.Text, document.Metadata.Kind, cancellationToken);
        return document.With(Layers.Blocks, decided);
    }

    /// <summary>A copy as a whole: header before the body and site chrome after it are the author's, the rest quoted.</summary>
    private static Block[] DecideRepost(IReadOnlyList<Block> blocks, string[] texts, RepostSignal repost, string wholeText)
    {
        var n = texts.Length;
        var forumHeaderEnd = Array.FindLastIndex(texts, t => ForumPostLine().IsMatch(t));
        var bodyStart = forumHeaderEnd >= 0 ? forumHeaderEnd + 1 : Array.FindIndex(texts, IsProse);
        if (bodyStart < 0)
        {
            bodyStart = 0;
        }

        var bodyEnd = Array.FindLastIndex(texts, t => IsProse(t) || t.Contains('(', StringComparison.Ordinal));
        var source = repost.Source is null ? null : Abbreviations.Expand(repost.Source, wholeText);
        var result = new Block[n];
        for (var i = 0; i < n; i++)
        {
            var block = blocks[i];
            if (IsMarkupQuoted(block))
            {
                result[i] = block with { Source = block.Source ?? source };
                continue;
            }

            if (i < bodyStart)
            {
                result[i] = block with { Voice = VoiceKind.Author, Source = null, Evidence = "voice:repost-header" };
            }
            else if (i > bodyEnd && ParagraphRegister.WordCount(texts[i]) <= 4)
            {
                result[i] = block with { Voice = VoiceKind.Author, Source = null, Evidence = "voice:site-chrome" };
            }
            else if (MediaPlaceholder().IsMatch(texts[i]) || BibliographicLine().IsMatch(texts[i]))
            {
                result[i] = block with { Voice = VoiceKind.Author, Source = null, Evidence = "voice:repost-apparatus" };
            }
            else
            {
                result[i] = block with { Voice = VoiceKind.Quoted, Source = source, Evidence = "voice:" + repost.Evidence };
                if (texts[i].TrimEnd().EndsWith(':') && i + 1 < n && SourceNames.FromLeadIn(texts[i]) is { } inner)
                {
                    // A lead-in inside the copy introduces a text the copied author quotes in turn.
                    source = inner;
                }
            }
        }

        return result;
    }

    private Block[] DecideBySequence(IReadOnlyList<Block> blocks, string[] texts, string wholeText, string? kind, CancellationToken cancellationToken)
    {
        var n = texts.Length;
        var isNews = string.Equals(kind, "news", StringComparison.OrdinalIgnoreCase);
        var registers = new ParagraphRegister[n];
        var leadIns = new LeadInStrength[n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            registers[i] = ParagraphRegister.Of(texts[i]);
        }

        for (var i = 0; i < n; i++)
        {
            leadIns[i] = LeadIn.Classify(texts[i], i + 1 < n ? texts[i + 1] : null);
            // The author's own next words ("Here:" before a dropped image, then "I assume …") are no passage.
            if (leadIns[i] != LeadInStrength.None && registers[i + 1].Cues.Contains("first-person"))
            {
                leadIns[i] = LeadInStrength.None;
            }

            // A bare colon introduces a passage only before reported copy, and never in a news item ("The plan includes:").
            if (leadIns[i] == LeadInStrength.Weak && (isNews || !(registers[i + 1].News > 0 && registers[i + 1].Author < 2)))
            {
                leadIns[i] = LeadInStrength.None;
            }
        }

        // A second voice needs the author in sight: a lead-in, or the writer's "I" in more than one paragraph
        // (a reporter's single "I asked" in a news story is not enough). News items need a lead-in.
        var firstPersonParagraphs = registers.Count(r => r.Cues.Contains("first-person"));
        var hasAuthorVoice = leadIns.Any(l => l != LeadInStrength.None) || (!isNews && firstPersonParagraphs >= 2);
        var result = blocks.ToArray();
        if (!hasAuthorVoice)
        {
            // No second voice in sight: only marked quotations and paragraphs that tag their relayed source are quoted.
            return MarkRelayTags(NameMarkupSources(result, texts, leadIns, wholeText), texts, wholeText);
        }

        var quoted = Decode(blocks, texts, registers, leadIns);
        ResumePassages(quoted, registers);
        var previousSource = (string?)null;
        for (var start = 0; start < n; start++)
        {
            if (!quoted[start])
            {
                if (!IsMarkupQuoted(result[start]))
                {
                    result[start] = result[start] with { Voice = VoiceKind.Author, Source = null, Evidence = AuthorEvidence(registers[start], leadIns[start]) };
                }

                continue;
            }

            var end = start;
            while (end + 1 < n && quoted[end + 1])
            {
                end++;
            }

            var run = Enumerable.Range(start, end - start + 1).ToArray();
            var fromLeadIn = start > 0 && leadIns[start - 1] != LeadInStrength.None ? SourceNames.FromLeadIn(texts[start - 1]) : null;
            var source = fromLeadIn
                ?? SourceNames.FromAttributions(run.Select(i => texts[i]), wholeText)
                ?? run.Select(i => result[i].Source).FirstOrDefault(s => s is not null)
                ?? previousSource;
            source = source is null ? null : Abbreviations.Expand(source, wholeText);
            foreach (var i in run)
            {
                var evidence = i == start && start > 0 && leadIns[start - 1] != LeadInStrength.None
                    ? "voice:after-lead-in"
                    : IsMarkupQuoted(result[i]) ? result[i].Evidence : "voice:register(" + string.Join(",", registers[i].Cues) + ")";
                result[i] = result[i] with { Voice = VoiceKind.Quoted, Source = source, Evidence = evidence };
            }

            previousSource = source;
            start = end;
        }

        return result;
    }

    /// <summary>Viterbi over two states (author, quoted) with the register score as the quoted state's gain.</summary>
    private bool[] Decode(IReadOnlyList<Block> blocks, string[] texts, ParagraphRegister[] registers, LeadInStrength[] leadIns)
    {
        var n = texts.Length;
        const double Forbidden = -1e6;
        var gain = new double[n];
        for (var i = 0; i < n; i++)
        {
            gain[i] = registers[i].Score + _options.QuotedBias;
            if (i > 0 && leadIns[i - 1] != LeadInStrength.None)
            {
                gain[i] += _options.LeadInBonus;
            }

            if (leadIns[i] != LeadInStrength.None || !texts[i].Any(char.IsLetter))
            {
                gain[i] = Forbidden;
            }

            if (IsMarkupQuoted(blocks[i]))
            {
                gain[i] = -Forbidden;
            }
        }

        // score[i, s]: best total up to paragraph i ending in state s (0 author, 1 quoted).
        var score = new double[n, 2];
        var back = new int[n, 2];
        score[0, 0] = 0;
        score[0, 1] = gain[0];
        for (var i = 1; i < n; i++)
        {
            var switchCost = IsContinuation(texts[i - 1], texts[i]) ? 1e3 : _options.SwitchCost;
            for (var s = 0; s < 2; s++)
            {
                var stay = score[i - 1, s] + (s == 1 ? _options.PassageStayBonus : 0);
                var change = score[i - 1, 1 - s] - switchCost;
                back[i, s] = stay >= change ? s : 1 - s;
                score[i, s] = Math.Max(stay, change) + (s == 1 ? gain[i] : 0);
            }
        }

        var quoted = new bool[n];
        var state = score[n - 1, 1] > score[n - 1, 0] ? 1 : 0;
        for (var i = n - 1; i >= 0; i--)
        {
            quoted[i] = state == 1;
            state = back[i, state];
        }

        return quoted;
    }

    /// <summary>
    /// A passage interrupted by one or two short reactions of the author resumes with the next long paragraph
    /// that shows no sign of the author ("That is what client states always do." between two parts of a
    /// pasted analysis). The resumed paragraph joins the passage before it, so it shares its source.
    /// </summary>
    private void ResumePassages(bool[] quoted, ParagraphRegister[] registers)
    {
        for (var i = 1; i < quoted.Length; i++)
        {
            if (quoted[i] || registers[i].Words < _options.ResumedParagraphWords || registers[i].Author > 0.5)
            {
                continue;
            }

            var reactions = 0;
            var j = i - 1;
            while (j >= 0 && !quoted[j] && registers[j].Words <= _options.ReactionWords && reactions < _options.ResumeAfterReactions)
            {
                reactions++;
                j--;
            }

            if (reactions > 0 && j >= 0 && quoted[j])
            {
                quoted[i] = true;
            }
        }
    }

    /// <summary>Block quotes the reader found without a source get one from their lead-in or their own attributions.</summary>
    private static Block[] NameMarkupSources(Block[] result, string[] texts, LeadInStrength[] leadIns, string wholeText)
    {
        for (var start = 0; start < result.Length; start++)
        {
            if (!IsMarkupQuoted(result[start]) || result[start].Source is not null)
            {
                continue;
            }

            var end = start;
            while (end + 1 < result.Length && IsMarkupQuoted(result[end + 1]) && result[end + 1].Source is null)
            {
                end++;
            }

            var source = (start > 0 && texts[start - 1].TrimEnd().EndsWith(':') ? SourceNames.FromLeadIn(texts[start - 1]) : null)
                ?? SourceNames.FromAttributions(texts[start..(end + 1)], wholeText);
            for (var i = start; i <= end; i++)
            {
                result[i] = result[i] with { Source = source is null ? null : Abbreviations.Expand(source, wholeText) };
            }

            start = end;
        }

        return result;
    }

    /// <summary>Only paragraphs that close with their relayed source's tag ("- ISW states.") are quoted; unnamed tags share the named one.</summary>
    private static Block[] MarkRelayTags(Block[] result, string[] texts, string wholeText)
    {
        var tags = new (int Index, string? Subject)[texts.Length];
        var count = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var tag = RelayTag().Match(texts[i]);
            if (tag.Success)
            {
                var subject = tag.Groups["who"].Value;
                tags[count++] = (i, GenericSubject().IsMatch(subject) ? null : Abbreviations.Expand(subject, wholeText));
            }
        }

        var named = tags.Take(count).Select(t => t.Subject).FirstOrDefault(s => s is not null);
        foreach (var (index, subject) in tags.Take(count))
        {
            result[index] = result[index] with { Voice = VoiceKind.Quoted, Source = subject ?? named, Evidence = "voice:relay-tag" };
        }

        return result;
    }

    private static string AuthorEvidence(ParagraphRegister register, LeadInStrength leadIn) =>
        leadIn != LeadInStrength.None ? "voice:lead-in" : register.Cues.Count == 0 ? "voice:default" : "voice:author-register(" + string.Join(",", register.Cues) + ")";

    private static bool IsMarkupQuoted(Block block) => block.Voice == VoiceKind.Quoted && block.Evidence?.StartsWith("markup", StringComparison.Ordinal) == true;

    /// <summary>A paragraph that is a piece of the one before: it starts in lower case, or the one before stops on a comma.</summary>
    private static bool IsContinuation(string previous, string current)
    {
        var last = previous.TrimEnd()[^1];
        return char.IsLower(current[0]) || last is ',' or ';' or '—' or '–';
    }

    /// <summary>A paragraph that reads as running text: a finished sentence of eight words or more, or a long cut-off one.</summary>
    private static bool IsProse(string text)
    {
        var words = ParagraphRegister.WordCount(text);
        var last = text.TrimEnd()[^1];
        return words >= 25 || (words >= 8 && last is '.' or '!' or '?' or '”' or '"' or '…' or ')');
    }

    [GeneratedRegex(@"^Post by\b.*»", RegexOptions.CultureInvariant)]
    private static partial Regex ForumPostLine();

    [GeneratedRegex(@"^(?:Image|Photo|Video|Picture|Illustration)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaPlaceholder();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+,\s+[\p{L}.\s-]{1,40}?\s*\((?:19|20)\d{2}\)", RegexOptions.CultureInvariant)]
    private static partial Regex BibliographicLine();

    [GeneratedRegex(@"\s[-–—]\s*(?:the\s+)?(?<who>authors?|analysts?|experts?|researchers?|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4})\s+(?:notes?|states?|writes?|says|said|stress(?:es)?|emphasi[sz]es?|reports?|concludes?|adds?)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelayTag();

    [GeneratedRegex(@"^(?:authors?|analysts?|experts?|researchers?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericSubject();
}
