using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>A mention being built: a token range [FirstToken, EndToken) of the document's tokens, its type and the rules applied so far.</summary>
internal readonly record struct MentionCandidate(int FirstToken, int EndToken, EntityType Type, string Rule)
{
    public int TokenCount => EndToken - FirstToken;
}
