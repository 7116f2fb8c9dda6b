using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Entities.Tagging;
using Provenance.Pipeline;

namespace Provenance.Entities;

/// <summary>
/// Finds PERSON, ORG, GPE and LOC mentions and gives each its canonical name.
/// <para>
/// Requires <see cref="Layers.Sentences"/> and <see cref="Layers.Tokens"/>; adds <see cref="Layers.Entities"/>.
/// The <see cref="EntityTagger"/> (trained on CoNLL-2003, loaded once) tags each sentence's tokens; its MISC
/// spans are dropped (nationality adjectives and events are not entities in our guidelines). Then, per span:
/// leading titles go from person names (<see cref="MentionSpanRules.TrimLeadingTitles"/>), a possessive
/// "'s" goes (<see cref="MentionSpanRules.TrimPossessive"/>), CoNLL's LOC becomes GPE or LOC
/// (<see cref="PlaceTypeRule"/>), the document rules of <see cref="MentionDocumentRules"/> apply (lists
/// retype exact names, headings and shouted common words are distrusted, listed organisation phrases win,
/// a surname of a person found in the document is that person, also where the tagger missed it, hyphenated
/// place pairs such as "Russia-Ukraine" give one GPE per place), and <see cref="EntityGrouper"/> names the entity. Each mention's
/// <c>Rule</c> says which of these shaped it ("tagger+title-trimmed", "tagger:loc-list").
/// </para>
/// Not handled: nested names ("University of California" stays one ORG), mentions across sentences, roles.
/// Immutable and thread-safe; checks cancellation once per sentence.
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    private readonly EntityTagger _tagger;
    private readonly Gazetteers _gazetteers;
    private readonly NameAliases _aliases;

    /// <exception cref="InvalidOperationException">No tagger was given and the embedded model is missing or unreadable.</exception>
    public EntityAnnotator(EntityAnnotatorOptions? options = null)
    {
        options ??= EntityAnnotatorOptions.Default;
        if (options.Tagger is { } tagger)
        {
            _tagger = tagger;
        }
        else if (!EntityTagger.TryLoadDefault(out _tagger, out var error))
        {
            throw new InvalidOperationException($"The entity annotator has no model: {error}.");
        }

        _gazetteers = options.Gazetteers ?? Gazetteers.Default;
        _aliases = options.Aliases ?? NameAliases.Default;
        Options = options;
    }

    public EntityAnnotatorOptions Options { get; }

    public string Name => "entities";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens];

    public LayerKey Produces => Layers.Entities;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = text[tokens[i].Start..tokens[i].End];
        }

        var sentenceRanges = SentenceTokenRanges.Of(document.Get(Layers.Sentences), tokens, keepEmpty: false);
        var sentences = sentenceRanges.Select(r => (IReadOnlyList<string>)new ArraySegment<string>(words, r.First, r.End - r.First)).ToList();
        var tagged = _tagger.TagDocument(sentences, cancellationToken);

        var casing = new DocumentCasing(sentences);
        var candidates = new List<MentionCandidate>();
        for (var s = 0; s < sentenceRanges.Count; s++)
        {
            var (first, end) = sentenceRanges[s];
            var inSentence = new List<MentionCandidate>();
            foreach (var span in Training.ConllSpan.FromTags(tagged[s]))
            {
                if (ToCandidate(span, first, words) is not { } candidate)
                {
                    continue;
                }

                var name = new ArraySegment<string>(words, candidate.FirstToken, candidate.TokenCount);
                if ((casing.IsTitleLikeSentence(s) && !MentionDocumentRules.IsTrustedInTitleLine(name, casing, _gazetteers))
                    || MentionDocumentRules.IsShoutedCommonWord(name, casing)
                    || MentionDocumentRules.IsCalendarWord(name))
                {
                    continue;
                }

                if (MentionDocumentRules.TypeFromLists(name, candidate.Type, _gazetteers) is { } listed)
                {
                    candidate = candidate with { Type = listed.Type, Rule = candidate.Rule + ":" + listed.Rule };
                }

                inSentence.Add(candidate);
            }

            MentionDocumentRules.ListedOrganisations(inSentence, words, first, end, _gazetteers);
            candidates.AddRange(inSentence.OrderBy(c => c.FirstToken));
        }

        // Hyphenated place pairs are split into their places below; the tagger's span over the pair goes.
        var hyphenated = new Dictionary<int, List<(int Start, int End)>>();
        for (var i = 0; i < words.Length; i++)
        {
            if (MentionDocumentRules.HyphenatedPlaces(words[i], _gazetteers) is { Count: > 0 } parts)
            {
                hyphenated[i] = parts;
            }
        }

        candidates.RemoveAll(c => c.TokenCount == 1 && hyphenated.ContainsKey(c.FirstToken));
        MentionDocumentRules.MajorityType(candidates, words);
        MentionDocumentRules.PersonBySurname(candidates, words);
        MentionDocumentRules.RepeatedNames(candidates, words, sentenceRanges, casing, _gazetteers);

        var names = EntityGrouper.CanonicalNames(
            candidates.Select(c => (Text: text[tokens[c.FirstToken].Start..tokens[c.EndToken - 1].End], c.Type)).ToList(), _aliases);
        var mentions = new List<EntityMention>(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            mentions.Add(new EntityMention(tokens[c.FirstToken].Start, tokens[c.EndToken - 1].End, c.Type, names[k], c.Rule));
        }

        foreach (var (token, parts) in hyphenated)
        {
            foreach (var (start, end) in parts)
            {
                var name = words[token][start..end];
                var canonical = _aliases.TryGetCanonical(name, out var alias) ? alias : name;
                mentions.Add(new EntityMention(tokens[token].Start + start, tokens[token].Start + end, EntityType.GeopoliticalEntity, canonical, "gpe-list-hyphenated"));
            }
        }

        return document.With(Layers.Entities, mentions);
    }

    private MentionCandidate? ToCandidate(Training.ConllSpan span, int offset, string[] words)
    {
        EntityType type;
        var rule = "tagger";
        switch (span.Type)
        {
            case "PER":
                type = EntityType.Person;
                break;
            case "ORG":
                type = EntityType.Organization;
                break;
            case "LOC":
                type = EntityType.GeopoliticalEntity; // Decided below, once the span is final.
                break;
            default:
                return null; // MISC and anything unknown.
        }

        MentionCandidate? candidate = new MentionCandidate(offset + span.Start, offset + span.End, type, rule);
        candidate = MentionSpanRules.TrimPunctuation(candidate.Value, words);
        candidate = candidate is { } a ? MentionSpanRules.TrimLeadingTitles(a, words, _gazetteers) : null;
        candidate = candidate is { } b ? MentionSpanRules.TrimPossessive(b, words) : null;
        if (candidate is not { } final)
        {
            return null;
        }

        if (span.Type == "LOC")
        {
            var (placeType, placeRule) = PlaceTypeRule.Classify(new ArraySegment<string>(words, final.FirstToken, final.TokenCount), _gazetteers);
            final = final with { Type = placeType, Rule = final.Rule + ":" + placeRule };
        }

        return final;
    }
}
