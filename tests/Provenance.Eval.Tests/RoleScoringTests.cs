using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Roles: same person, and role words (stop words left out) with a Jaccard similarity of at least 0.5.</summary>
public sealed class RoleScoringTests
{
    private static readonly Fixture Profile = new("profile", "Ukrainian Foreign Minister Anna Marchenko met Oleg Brandt, 47, son of Piotr Brandt.");

    [Fact]
    public void Roles_match_by_person_and_word_overlap()
    {
        var gold = Profile.Gold(("roles",
        [
            Fixture.Role("Anna Marchenko", "Ukrainian Foreign Minister"),
            Fixture.Role("Oleg Brandt", "son of Piotr Brandt"),
            Fixture.Role("Oleg Brandt", "age 47"),
            Fixture.Role("Lena Novak", "spokeswoman"),
        ]));
        var prediction = Fixture.Prediction(("roles",
        [
            Fixture.Role("Marchenko", "foreign minister"),       // 2 of 3 words
            Fixture.Role("Oleg Brandt", "Piotr Brandt’s son"),   // the same words once "of" and "s" go
            Fixture.Role("Oleg Brandt", "aged 47"),              // 1 of 3 words
            Fixture.Role("Lena Novak", "the spokeswoman"),
            Fixture.Role("Anna Marchenko", "minister"),          // her gold role is taken already
        ]));

        var roles = Score(gold, prediction)["roles"];

        Assert.Equal(["pairs"], roles.Metrics.Select(m => m.Metric));
        Assert.Equal((3, 5, 4, 0.6, 0.75, 0.667), Of(roles["pairs"]));
    }

    [Fact]
    public void Roles_take_the_first_unused_match_in_gold_order_not_the_best()
    {
        // Gold 0 takes prediction 0 (1 of 2 words); gold 1 is then left with "minister" (1 of 3 words).
        var gold = Profile.Gold(("roles",
        [
            Fixture.Role("Anna Marchenko", "minister"),
            Fixture.Role("Anna Marchenko", "Ukrainian Foreign Minister"),
        ]));
        var prediction = Fixture.Prediction(("roles",
        [
            Fixture.Role("Anna Marchenko", "foreign minister"),
            Fixture.Role("Anna Marchenko", "minister"),
        ]));

        Assert.Equal(1, Score(gold, prediction)["roles"]["pairs"].TruePositives);
    }

    [Fact]
    public void A_role_of_stop_words_only_never_matches()
    {
        var gold = Profile.Gold(("roles", [Fixture.Role("Oleg Brandt", "is of the")]));
        var prediction = Fixture.Prediction(("roles", [Fixture.Role("Oleg Brandt", "is of the")]));

        Assert.Equal(0, Score(gold, prediction)["roles"]["pairs"].TruePositives);
    }

    [Fact]
    public void A_role_for_another_person_does_not_match()
    {
        var gold = Profile.Gold(("roles", [Fixture.Role("Oleg Brandt", "son of Piotr Brandt")]));
        var prediction = Fixture.Prediction(("roles", [Fixture.Role("Piotr Brandt", "son of Piotr Brandt")]));

        // "Piotr Brandt" and "Oleg Brandt" share only the surname, which is not a whole-name prefix or suffix.
        Assert.Equal(0, Score(gold, prediction)["roles"]["pairs"].TruePositives);
    }
}
