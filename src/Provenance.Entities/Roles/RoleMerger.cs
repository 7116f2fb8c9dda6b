using System.Text.RegularExpressions;

namespace Provenance.Entities.Roles;

/// <summary>
/// Keeps one record per (person, role) in a document. Roles are compared by their words (lower case, without
/// "'s", punctuation and little words such as "of" and "the"): a role whose words are all in another role of the
/// same person goes ("President" beside "U.S. President"; words compared with their case, so the rank "General"
/// stays beside "chief of the general staff"), and so does one that shares at least half its words
/// with a role kept earlier ("Germany's Defense Minister" after "German Defense Minister"), so that one statement
/// written twice is listed once. Ages are only merged when equal.
/// </summary>
internal static partial class RoleMerger
{
    private static readonly HashSet<string> LittleWords = ["of", "the", "a", "an", "and", "to", "for", "in", "s", "who", "is", "was"];

    public static List<RoleCandidate> Merge(IReadOnlyList<RoleCandidate> candidates, bool mergeSimilar)
    {
        var words = candidates.Select(c => Words(c.Role)).ToList();
        var casedWords = candidates.Select(c => Words(c.Role, lowerCase: false)).ToList();
        // Only roles of one person are compared, so a long document stays cheap.
        var byPerson = Enumerable.Range(0, candidates.Count)
            .GroupBy(i => candidates[i].Entity, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var kept = new List<int>();
        var keptByPerson = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (words[i].Count == 0)
            {
                continue;
            }

            var drop = false;
            foreach (var j in byPerson[candidates[i].Entity])
            {
                if (drop)
                {
                    break;
                }

                if (j == i || words[j].Count == 0)
                {
                    continue;
                }

                var same = words[i].SetEquals(words[j]);
                // Case counts here: "General" is a rank, "general" in "chief of the general staff" is not.
                drop = same ? j < i : mergeSimilar && !IsAge(candidates[i]) && casedWords[i].IsProperSubsetOf(casedWords[j]) && !AnotherOffice(words[i], words[j]);
            }

            var keptOfPerson = keptByPerson.TryGetValue(candidates[i].Entity, out var list) ? list : keptByPerson[candidates[i].Entity] = [];
            if (!drop && mergeSimilar && !IsAge(candidates[i]))
            {
                drop = keptOfPerson.Any(k => !IsAge(candidates[k]) && Jaccard(words[k], words[i]) >= 0.5 && !AnotherOffice(words[k], words[i]));
            }

            if (!drop)
            {
                kept.Add(i);
                keptOfPerson.Add(i);
            }
        }

        return kept.Select(i => candidates[i]).ToList();
    }

    /// <summary>Words that make a role another office than the same role without them.</summary>
    private static readonly HashSet<string> OfficeChangers = new(StringComparer.Ordinal)
    {
        "former", "ex", "deputy", "vice", "acting", "interim", "first", "assistant", "outgoing", "incoming", "late",
    };

    /// <summary>
    /// "President" and "former President", "Prime Minister" and "Deputy Prime Minister" are two roles, not one
    /// said twice: the words only one of them has include a word that changes the office.
    /// </summary>
    private static bool AnotherOffice(HashSet<string> a, HashSet<string> b) =>
        a.Except(b).Concat(b.Except(a)).Any(OfficeChangers.Contains);

    /// <summary>The words a role is compared by.</summary>
    public static HashSet<string> Words(string role, bool lowerCase = true)
    {
        var text = (lowerCase ? role.ToLowerInvariant() : role).Replace('’', '\'').Replace('‘', '\'');
        text = PossessivePattern().Replace(text, " ");
        return NonWordPattern().Split(text).Where(w => w.Length > 0 && !LittleWords.Contains(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsAge(RoleCandidate candidate) => candidate.Role.StartsWith("age ", StringComparison.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        (double)a.Count(b.Contains) / a.Union(b).Count();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex PossessivePattern();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWordPattern();
}
