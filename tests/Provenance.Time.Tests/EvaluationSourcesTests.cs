using Provenance.Core.Annotations;
using Provenance.Time.Evaluation;

namespace Provenance.Time.Tests;

/// <summary>The shared-corpus reader and the peer-record reader that let one scorer compare us with other tools.</summary>
public sealed class EvaluationSourcesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("time-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Corpus_reader_pairs_documents_with_their_gold_timexes()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        var gold = Directory.CreateDirectory(Path.Combine(_folder, "gold")).FullName;
        File.WriteAllText(Path.Combine(corpus, "memo-1.json"), """{"id":"memo-1","published":null,"text":"The envoy left on Monday."}""");
        File.WriteAllText(Path.Combine(gold, "memo-1.json"), """{"id":"memo-1","reference_date":"2025-11-19","layers":{"timex":[{"start":18,"end":24,"text":"Monday","type":"DATE","value":"2025-11-17"}]}}""");
        File.WriteAllText(Path.Combine(gold, "orphan.json"), """{"id":"orphan","layers":{"timex":[]}}""");
        var problems = new List<string>();

        var documents = CorpusTimexReader.ReadFolders(corpus, gold, problems);

        var document = Assert.Single(documents);
        Assert.Null(document.CreationTime);
        Assert.Equal(new DateOnly(2025, 11, 19), document.GoldReference);
        var timex = Assert.Single(document.Gold);
        Assert.Equal("Monday", timex.Text);
        Assert.Contains(problems, p => p.Contains("orphan", StringComparison.Ordinal));
    }

    [Fact]
    public void Peer_records_are_read_per_document_with_the_tool_summary_and_bad_lines_counted()
    {
        var path = Path.Combine(_folder, "peer.jsonl");
        File.WriteAllLines(path,
        [
            """{"summary":"chrono-node","seconds":0.5}""",
            """{"doc":"a","start":10,"end":16,"type":"DATE","value":"2025-11-17"}""",
            """{"doc":"a","start":0,"end":3,"type":"DURATION","value":"P3D"}""",
            """{"doc":"a","start":5,"end":5,"type":"DATE","value":"2025"}""",
            "not json",
        ]);

        var records = PeerTimexRecords.Read(path);

        Assert.Equal("chrono-node", records.Tool);
        Assert.Equal(0.5, records.Seconds);
        Assert.Equal(2, records.Skipped);
        Assert.Equal([0, 10], records.For("a").Select(t => t.Start));
        Assert.Equal(TimexType.Duration, records.For("a")[0].Type);
        Assert.Empty(records.For("b"));
    }

    [Fact]
    public void Scorer_counts_matches_and_right_values_per_rule()
    {
        var document = new TempEvalDocument("d", "On Monday and in 2024.", null,
        [
            new TempEvalTimex(3, 9, "DATE", "2025-11-17", "Monday"),
            new TempEvalTimex(17, 21, "DATE", "2024", "2024"),
        ]);
        Timex[] predicted = [new(3, 9, TimexType.Date, "2025-11-10", "date.weekday"), new(17, 21, TimexType.Date, "2024", "date.year"), new(14, 16, TimexType.Date, "X", "noise")];

        var score = TempEvalScorer.Score([document], _ => predicted);

        Assert.Equal((1, 1, 0), score.ByRule["date.weekday"]);
        Assert.Equal((1, 1, 1), score.ByRule["date.year"]);
        Assert.Equal((1, 0, 0), score.ByRule["noise"]);
        Assert.Equal(2, score.RelaxedMatches);
        Assert.Equal(1, score.ValueCorrect);
    }
}
