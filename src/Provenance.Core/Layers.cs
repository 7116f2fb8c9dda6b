using Provenance.Core.Annotations;

namespace Provenance.Core;

/// <summary>
/// The layers Provenance knows. Names follow <c>shared/gold/GUIDELINES.md</c> so that analyser output and
/// gold files compare directly; <see cref="Sentences"/>, <see cref="Tokens"/> and <see cref="Markup"/> are ours.
/// </summary>
public static class Layers
{
    /// <summary>Evidence recorded by readers: block quotes, inline quotes, cites, links, credit lines.</summary>
    public static readonly LayerKey<MarkupSpan> Markup = new("markup", allowsOverlap: true);

    /// <summary>Paragraphs, with whose voice each is.</summary>
    public static readonly LayerKey<Block> Blocks = new("blocks", allowsOverlap: false);

    public static readonly LayerKey<Sentence> Sentences = new("sentences", allowsOverlap: false);

    public static readonly LayerKey<Token> Tokens = new("tokens", allowsOverlap: false);

    /// <summary>Quotations nest (a quote inside a reported statement), so they may overlap.</summary>
    public static readonly LayerKey<Quote> Quotes = new("quotes", allowsOverlap: true);

    public static readonly LayerKey<EntityMention> Entities = new("entities", allowsOverlap: true);

    public static readonly LayerKey<PersonRole> Roles = new("roles", allowsOverlap: true);

    public static readonly LayerKey<Timex> Timex = new("timex", allowsOverlap: true);

    public static readonly LayerKey<Citation> Citations = new("citations", allowsOverlap: true);

    public static readonly LayerKey<Forecast> Forecasts = new("forecasts", allowsOverlap: true);

    /// <summary>Every known layer, in the order the JSON form writes them.</summary>
    public static IReadOnlyList<LayerKey> All { get; } =
        [Blocks, Sentences, Tokens, Markup, Quotes, Entities, Roles, Timex, Citations, Forecasts];

    public static bool TryGet(string name, out LayerKey key)
    {
        foreach (var candidate in All)
        {
            if (candidate.Name == name)
            {
                key = candidate;
                return true;
            }
        }

        key = null!;
        return false;
    }
}
