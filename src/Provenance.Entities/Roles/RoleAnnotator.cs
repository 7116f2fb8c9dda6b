using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Entities.Roles.Rules;
using Provenance.Pipeline;

namespace Provenance.Entities.Roles;

/// <summary>
/// Finds what the document says each person is: offices and titles, ages and kinship (GUIDELINES.md, "roles").
/// <para>
/// Requires <see cref="Layers.Sentences"/>, <see cref="Layers.Tokens"/> and <see cref="Layers.Entities"/> (PERSON
/// mentions with their canonical <c>entity</c>); adds <see cref="Layers.Roles"/>. A chain of small rules reads
/// each sentence around each person: a title before the name (<see cref="TitleBeforeNameRule"/>), a title the
/// tagger left inside the name, an apposition before or after it, a relative clause ("who runs …"), a copula
/// ("X is the …"), an age, an "of"-affiliation, post-nominal letters, a byline. A possessive names the person a
/// role belongs to ("Trump's envoy" becomes "envoy of Donald Trump"; "his" is the nearest person named before
/// it). Every record carries the rule that made it; <see cref="RoleMerger"/> then keeps one record per
/// (person, role).
/// </para>
/// Not handled: roles stated of a pronoun or a description ("the foreign minister declined to comment"), roles
/// across sentences, coordinated roles ("envoy and adviser"). Immutable and thread-safe; checks cancellation
/// once per sentence; never throws on odd text (a document without persons gets an empty layer).
/// </summary>
public sealed class RoleAnnotator : IAnnotator
{
    private static readonly IRoleRule[] Rules =
    [
        new TitleBeforeNameRule(),
        new TitleInsideNameRule(),
        new AppositionBeforeNameRule(),
        new AppositionAfterNameRule(),
        new RelativeClauseRule(),
        new CopularRule(),
        new AgeRule(),
        new AffiliationRule(),
        new PostNominalRule(),
        new BylineRule(),
    ];

    public RoleAnnotator(RoleAnnotatorOptions? options = null)
    {
        Options = options ?? RoleAnnotatorOptions.Default;
    }

    public RoleAnnotatorOptions Options { get; }

    public string Name => "roles";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences, Layers.Tokens, Layers.Entities];

    public LayerKey Produces => Layers.Roles;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new RoleContext(document);
        var candidates = new List<RoleCandidate>();
        if (context.Tokens.Length > 0)
        {
            for (var s = 0; s < context.Sentences.Count; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var rule in Rules)
                {
                    foreach (var candidate in rule.Find(context, s))
                    {
                        if (candidate.Role.Length > 0 && candidate.Role.Length <= Options.MaxRoleLength && candidate.Entity.Length > 0
                            && candidate.Start >= 0 && candidate.End <= document.Text.Length && candidate.Start <= candidate.End)
                        {
                            candidates.Add(candidate);
                        }
                    }
                }
            }
        }

        var ordered = candidates.OrderBy(c => c.Start).ThenBy(c => c.End).ToList();
        var roles = RoleMerger.Merge(ordered, Options.MergeSimilarRoles)
            .Select(c => new PersonRole(c.Start, c.End, c.Entity, c.Role, c.Rule));
        return document.With(Layers.Roles, roles);
    }
}
