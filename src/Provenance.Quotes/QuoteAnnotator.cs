using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Quotes;

/// <summary>
/// Fills the <see cref="Layers.Quotes"/> layer as GUIDELINES.md ("quotes") defines it: direct, indirect and
/// mixed statements with content span, cue, speaker (fullest name, or an anonymous descriptor as written)
/// and outlet. Built as a chain of sieves in the style of CoreNLP's quote attribution:
/// <list type="number">
/// <item><see cref="QuoteMarkScanner"/> finds quotations in the raw text (straight and curly, single and double,
/// nested, multi-paragraph);</item>
/// <item><see cref="DirectQuoteSieve"/> attributes whole quotations to an adjacent cue;</item>
/// <item><see cref="IndirectSpeechSieve"/> finds reported speech around reporting verbs and "according to";</item>
/// <item><see cref="SpeakerResolver"/> resolves names, pronouns, roles and outlet references;</item>
/// <item><see cref="OutletFinder"/> fills the outlet from the cue's sentence.</item>
/// </list>
/// Requires <see cref="Layers.Blocks"/> and <see cref="Layers.Sentences"/>; adds <see cref="Layers.Quotes"/>. Needs no
/// entity layer: names are found as capitalised runs (<see cref="NameCatalog"/>); when the entity layer is present
/// its canonical person names complete surnames. With <see cref="QuoteOptions.Learned"/> set, the learned
/// attribution tagger (PolNeAR conventions) turns the rules' output into evidence and its spans become the quotes.
/// Each quote's <see cref="Quote.Rule"/> names the sieve or model that found it. English only; immutable and
/// thread-safe; checks cancellation once per quotation and per sentence. Not handled: quotes whose speaker is
/// named only in an earlier document, dialogue with alternating speakers, and noun cues without a possessor
/// ("the claim that").
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    private const double DuplicateOverlapShare = 0.5;

    public QuoteAnnotator(QuoteOptions? options = null)
    {
        Options = options ?? QuoteOptions.Default;
        if (Options.MaxQuoteLength <= 0 || Options.MinIndirectWords < 0 || Options.MinUnattributedDirectWords < 0 || Options.SpeakerLookbackBlocks < 0)
        {
            throw new ArgumentException("QuoteOptions values must not be negative, and MaxQuoteLength must be positive.", nameof(options));
        }
    }

    public QuoteOptions Options { get; }

    public string Name => "quotes.rules";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Blocks, Layers.Sentences];

    /// <summary>Person names of the entity layer complete surnames ("Rutte" → "Mark Rutte") when it is present.</summary>
    public IReadOnlyList<LayerKey> Uses { get; } = [Layers.Entities];

    public LayerKey Produces => Layers.Quotes;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var layer in Requires)
        {
            if (!document.Has(layer))
            {
                throw new InvalidOperationException(
                    $"The '{Name}' annotator requires the '{layer.Name}' layer on document '{document.Id}'; add the segmentation annotators (AddSegmentation) first.");
            }
        }

        return document.With(Layers.Quotes, FindQuotes(document, cancellationToken));
    }

    /// <summary>The quotes of a segmented document, without adding them to it.</summary>
    public IReadOnlyList<Quote> FindQuotes(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length == 0 || document.Get(Layers.Sentences).Length == 0)
        {
            return [];
        }

        var context = new QuoteContext(document, Options, cancellationToken);
        var direct = DirectQuoteSieve.Find(context, cancellationToken);
        var indirect = IndirectSpeechSieve.Find(context, cancellationToken);
        var candidates = new List<QuoteCandidate>(direct);
        var directByStart = direct.OrderBy(d => d.Start).ToArray();
        var directStarts = directByStart.Select(d => d.Start).ToArray();
        foreach (var candidate in indirect)
        {
            if (!OverlapsDirect(directByStart, directStarts, candidate))
            {
                candidates.Add(candidate);
            }
        }

        SpeakerResolver.Resolve(context, candidates);
        foreach (var candidate in candidates)
        {
            candidate.Outlet ??= OutletFinder.Find(context, candidate);
            if (candidate.Outlet is null && candidate is { Anonymous: false, Speaker: { } speaker } && OutletNames.LooksLikeOutlet(speaker))
            {
                candidate.Outlet = speaker;
            }
        }

        OutletFinder.SpreadInterviewOutlets(context, candidates);
        var quotes = new List<Quote>(candidates.Count);
        foreach (var candidate in candidates.OrderBy(c => c.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A reported clause whose speaker could not be resolved is more often a misreading than a quote.
            if (candidate.End > candidate.Start && (candidate.Speaker is not null || candidate.Kind == QuoteKind.Direct))
            {
                var phrase = SpeakerPhraseOf(candidate);
                int? cueStart = candidate.Cue is null ? null : candidate.CueStart;
                int? cueEnd = candidate.Cue is null ? null : candidate.CueStart + candidate.Cue.Length;
                quotes.Add(new Quote(
                    candidate.Start, candidate.End, candidate.Kind, candidate.Speaker, candidate.Anonymous, candidate.Cue, candidate.Outlet, candidate.Rule,
                    phrase?.Start, phrase?.End, cueStart, cueEnd));
            }
        }

        return Options.Learned is { } tagger ? Learned.LearnedAttributionSieve.Find(context, quotes, tagger, cancellationToken) : quotes;
    }

    /// <summary>The words naming the speaker: the candidate's own, or those of the statement it continues.</summary>
    private static SpeakerPhrase? SpeakerPhraseOf(QuoteCandidate candidate)
    {
        var current = candidate;
        for (var depth = 0; current is not null && depth < 8; depth++)
        {
            if (current.Phrase is not null)
            {
                return current.Phrase;
            }

            current = current.InheritFrom;
        }

        return candidate.BorrowedPhrase;
    }

    /// <summary>True when a direct quote covers at least half of <paramref name="candidate"/> (looked up by start, not scanned).</summary>
    private static bool OverlapsDirect(QuoteCandidate[] directByStart, int[] starts, QuoteCandidate candidate)
    {
        var needed = DuplicateOverlapShare * Math.Max(1, candidate.End - candidate.Start);
        var index = Array.BinarySearch(starts, candidate.End);
        index = index >= 0 ? index : ~index;
        // Direct quotes starting before the candidate's end; quotations do not nest, so few of them reach into it.
        for (var i = index - 1; i >= 0 && i >= index - 64; i--)
        {
            if (Overlap(directByStart[i], candidate) >= needed)
            {
                return true;
            }
        }

        return false;
    }

    private static int Overlap(QuoteCandidate a, QuoteCandidate b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
}
