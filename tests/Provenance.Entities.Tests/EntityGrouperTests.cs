using Provenance.Core.Annotations;

namespace Provenance.Entities.Tests;

public class EntityGrouperTests
{
    private static string[] Group(params (string Text, EntityType Type)[] mentions) =>
        EntityGrouper.CanonicalNames(mentions, NameAliases.Default);

    [Fact]
    public void Surname_joins_the_full_name_introduced_earlier()
    {
        var names = Group(("Kirill Dmitriev", EntityType.Person), ("Dmitriev", EntityType.Person));

        Assert.Equal(["Kirill Dmitriev", "Kirill Dmitriev"], names);
    }

    [Fact]
    public void Surname_before_the_full_name_joins_it_when_nothing_came_earlier()
    {
        var names = Group(("Umerov", EntityType.Person), ("Rustem Umerov", EntityType.Person));

        Assert.Equal(["Rustem Umerov", "Rustem Umerov"], names);
    }

    [Fact]
    public void Two_people_with_one_surname_stay_apart_and_the_surname_joins_the_latest()
    {
        var names = Group(
            ("Nikolai Patrushev", EntityType.Person),
            ("Dmitri Patrushev", EntityType.Person),
            ("Patrushev", EntityType.Person));

        Assert.Equal(["Nikolai Patrushev", "Dmitri Patrushev", "Dmitri Patrushev"], names);
    }

    [Fact]
    public void A_place_never_joins_a_person_with_the_same_last_word()
    {
        var names = Group(("Paris Hilton", EntityType.Person), ("Hilton", EntityType.Organization));

        Assert.Equal(["Paris Hilton", "Hilton"], names);
    }

    [Theory]
    [InlineData("U.S.", "United States")]
    [InlineData("US", "United States")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("EU", "European Union")]
    public void Listed_aliases_take_their_canonical_name(string alias, string canonical)
    {
        Assert.Equal([canonical], Group((alias, EntityType.GeopoliticalEntity)));
    }

    [Fact]
    public void Acronym_joins_the_organisation_whose_initials_it_spells()
    {
        var names = Group(("Institute for the Study of War", EntityType.Organization), ("ISW", EntityType.Organization));

        Assert.Equal(["Institute for the Study of War", "Institute for the Study of War"], names);
    }

    [Fact]
    public void Line_breaks_inside_a_name_become_one_space()
    {
        Assert.Equal(["Boris Pistorius"], Group(("Boris\n Pistorius", EntityType.Person)));
    }
}
