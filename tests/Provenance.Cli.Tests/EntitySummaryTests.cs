using Provenance.Cli.Rendering;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Cli.Tests;

/// <summary>The entities part of the readable summary: one group per canonical entity, with roles.</summary>
public class EntitySummaryTests
{
    private const string Text =
        "Finnish President Alexander Stubb met Kaja Kallas in Tallinn. Stubb, 57, said Tallinn was calm. " +
        "Kallas agreed. Stubb left.";

    [Fact]
    public void Mentions_of_one_entity_form_one_group_with_count_spellings_and_roles_most_mentioned_first()
    {
        var groups = EntityGroup.From(Seeded());

        Assert.Equal(
        [
            "Alexander Stubb|PERSON|3|Stubb|Finnish President; age 57",
            "Kaja Kallas|PERSON|2|Kallas|",
            "Tallinn|GPE|2||",
        ], groups.Select(g => $"{g.Name}|{EntityGroup.TypeName(g.Type)}|{g.Mentions}|{string.Join(",", g.Spellings)}|{string.Join("; ", g.Roles)}"));
    }

    [Fact]
    public void A_role_of_a_person_without_a_mention_is_a_group_of_its_own()
    {
        var document = new Document("byline", "By Per Aasen\nNothing else.")
            .With(Layers.Entities, [])
            .With(Layers.Roles, [new PersonRole(0, 12, "Per Aasen", "author of the article", "byline")]);

        var group = Assert.Single(EntityGroup.From(document));

        Assert.Equal(("Per Aasen", EntityType.Person, 0), (group.Name, group.Type, group.Mentions));
        Assert.Equal(["author of the article"], group.Roles);
    }

    [Fact]
    public async Task Analyze_summary_lists_each_entity_once_with_its_roles()
    {
        using var temp = new TempFolder();
        var file = temp.File("talks.txt",
            "The talks were led by U.S. Secretary of State Marco Rubio, who told reporters that Russian President Vladimir Putin wanted peace.\n" +
            "Rubio flew home on Friday. Rubio said little.");

        var run = await CliRun.InvokeAsync("analyze", file);

        Assert.Equal(0, run.ExitCode);
        var start = run.Output.IndexOf("entities (", StringComparison.Ordinal);
        var end = run.Output.IndexOf("\n\n", start, StringComparison.Ordinal);
        var entities = run.Output[start..(end < 0 ? run.Output.Length : end)];
        Assert.Contains("U.S. Secretary of State", entities);
        Assert.Contains("Russian President", entities);
        Assert.Single(entities.Split('\n'), line => line.Contains("Marco Rubio", StringComparison.Ordinal));
        Assert.DoesNotContain("roles (", run.Output);
    }

    private static Document Seeded()
    {
        int At(string s, int from = 0) => Text.IndexOf(s, from, StringComparison.Ordinal);
        EntityMention Person(string written, int at, string canonical) => new(at, at + written.Length, EntityType.Person, canonical);
        var stubb2 = At("Stubb,");
        return new Document("summary", Text)
            .With(Layers.Entities,
            [
                Person("Alexander Stubb", At("Alexander Stubb"), "Alexander Stubb"),
                Person("Kaja Kallas", At("Kaja Kallas"), "Kaja Kallas"),
                new EntityMention(At("Tallinn"), At("Tallinn") + 7, EntityType.GeopoliticalEntity, "Tallinn"),
                Person("Stubb", stubb2, "Alexander Stubb"),
                new EntityMention(At("Tallinn", stubb2), At("Tallinn", stubb2) + 7, EntityType.GeopoliticalEntity, "Tallinn"),
                Person("Kallas", At("Kallas agreed"), "Kaja Kallas"),
                Person("Stubb", At("Stubb left"), "Alexander Stubb"),
            ])
            .With(Layers.Roles,
            [
                new PersonRole(0, 17, "Alexander Stubb", "Finnish President", "title-before-name"),
                new PersonRole(stubb2 + 5, stubb2 + 9, "Alexander Stubb", "age 57", "age"),
            ]);
    }
}
