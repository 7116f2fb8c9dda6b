using System.Text.RegularExpressions;

namespace Provenance.Entities.Roles;

/// <summary>
/// Keeps one record per (person, role) in a document. Roles are compared by their words (lower case, without
/// "'s", punctuation and little words such as "of" and "the"): a role whose words are all in another role of the
/// same person goes ("President" beside "U.S. President"), and so does one that shares at least half its words
/// with a role kept earlier ("Germany's Defense Minister" after "German Defense Minister"), so that one statement
/// written twice is listed once. Ages are only merged when equal.
/// </summary>
internal static partial class RoleMerger
{
    private static readonly HashSet<string> LittleWords = ["of", "the", "a", "an", "and", "to", "for", "in", "s", "who", "is", "was"];

    public static List<RoleCandidate> Merge(IReadOnlyList<RoleCandidate> candidates, bool mergeSimilar)
    {
        var words = candidates.Select(c => Words(c.Role)).ToList();
        var kept = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (words[i].Count == 0)
            {
                continue;
            }

            var drop = false;
            for (var j = 0; j < candidates.Count && !drop; j++)
            {
                if (j == i || !SamePerson(candidates[i], candidates[j]) || words[j].Count == 0)
                {
                    continue;
                }

                var same = words[i].SetEquals(words[j]);
                drop = same ? j < i : mergeSimilar && !IsAge(candidates[i]) && words[i].IsProperSubsetOf(words[j]);
            }

            if (!drop && mergeSimilar && !IsAge(candidates[i]))
            {
                drop = kept.Any(k => SamePerson(candidates[k], candidates[i]) && !IsAge(candidates[k]) && Jaccard(words[k], words[i]) >= 0.5);
            }

            if (!drop)
            {
                kept.Add(i);
            }
        }

        return kept.Select(i => candidates[i]).ToList();
    }

    /// <summary>The words a role is compared by.</summary>
    public static HashSet<string> Words(string role)
    {
        var text = role.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        text = PossessivePattern().Replace(text, " ");
        return NonWordPattern().Split(text).Where(w => w.Length > 0 && !LittleWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool SamePerson(RoleCandidate a, RoleCandidate b) => string.Equals(a.Entity, b.Entity, StringComparison.OrdinalIgnoreCase);

    private static bool IsAge(RoleCandidate candidate) => candidate.Role.StartsWith("age ", StringComparison.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        (double)a.Count(b.Contains) / a.Union(b).Count();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex PossessivePattern();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWordPattern();
}
