namespace Provenance.Entities.Training;

/// <summary>
/// Reads CoNLL-2003 style files: one token per line, space- or tab-separated columns with the word first and
/// the NER tag last, a blank line between sentences, <c>-DOCSTART-</c> between documents. IOB1 tags
/// (an entity may start with <c>I-</c>) are converted to IOB2. A file without <c>-DOCSTART-</c> is one document.
/// Malformed lines (one column) are skipped and counted in <see cref="ConllReadResult.SkippedLines"/>.
/// </summary>
public static class ConllReader
{
    public static ConllReadResult ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static ConllReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var skipped = 0;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence(words.ToArray(), ToIob2(tags)));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences.ToArray()));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            if (columns.Length < 2)
            {
                skipped++;
                continue;
            }

            words.Add(columns[0]);
            tags.Add(columns[^1]);
        }

        EndDocument();
        return new ConllReadResult(documents, skipped);
    }

    /// <summary>Rewrites IOB1 ("I-" opening an entity) as IOB2; IOB2 input comes back unchanged.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                var previous = i == 0 ? "O" : result[i - 1];
                if (previous == "O" || previous[2..] != tag[2..])
                {
                    tag = "B-" + tag[2..];
                }
            }

            result[i] = tag;
        }

        return result;
    }
}
