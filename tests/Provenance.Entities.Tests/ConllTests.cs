using Provenance.Entities.Training;

namespace Provenance.Entities.Tests;

public class ConllTests
{
    [Fact]
    public void Reader_splits_documents_and_sentences_and_converts_iob1()
    {
        const string text = """
            -DOCSTART- -X- -X- O

            Anna NNP B-NP I-PER
            Petrova NNP I-NP I-PER
            visited VBD B-VP O
            Oslo NNP B-NP I-LOC
            . . O O

            -DOCSTART- -X- -X- O

            Hello UH B-INTJ O
            """;

        var result = ConllReader.Read(new StringReader(text));

        Assert.Equal(2, result.Documents.Count);
        var sentence = result.Documents[0].Sentences.Single();
        Assert.Equal(["Anna", "Petrova", "visited", "Oslo", "."], sentence.Words);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], sentence.Tags);
        Assert.Equal(6, result.TokenCount);
    }

    [Fact]
    public void Scorer_counts_only_exact_spans_with_the_right_type_and_ignores_misc()
    {
        string[][] gold = [["B-PER", "I-PER", "O", "B-LOC", "B-MISC"], ["B-ORG", "O"]];
        string[][] predicted = [["B-PER", "O", "O", "B-LOC", "O"], ["B-LOC", "B-MISC"]];

        var score = ConllScorer.Score(gold, predicted, new HashSet<string> { "MISC" });

        Assert.Equal(3, score.Overall.Gold);
        Assert.Equal(3, score.Overall.Predicted);
        Assert.Equal(1, score.Overall.Correct);
        var loc = score.PerType.Single(t => t.Type == "LOC");
        Assert.Equal(0.5, loc.Precision);
        Assert.Equal(1.0, loc.Recall);
        Assert.DoesNotContain(score.PerType, t => t.Type == "MISC");
    }

    [Fact]
    public void Stray_inside_tag_opens_a_span_as_conlleval_does()
    {
        var spans = ConllSpan.FromTags(["O", "I-ORG", "I-ORG", "B-ORG"]);

        Assert.Equal([new ConllSpan(0, 1, 3, "ORG"), new ConllSpan(0, 3, 4, "ORG")], spans);
    }
}
