using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Entities.Roles;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.Entities.Tests.Roles;

/// <summary>One test (or theory) per construction, on sentences written for these tests.</summary>
public class RoleAnnotatorTests
{
    // ---- titles before the name ----

    [Theory]
    [InlineData("Finnish President Alexander Stubb met reporters in Helsinki.", "Alexander Stubb", "Alexander Stubb|Finnish President")]
    [InlineData("The call with U.S. Secretary of State Marco Rubio lasted an hour.", "Marco Rubio", "Marco Rubio|U.S. Secretary of State")]
    [InlineData("Officers detained Interior Ministry (MVD) Deputy Director Pavel Orlov on Friday.", "Pavel Orlov", "Pavel Orlov|Interior Ministry (MVD) Deputy Director")]
    [InlineData("Police questioned veteran freelance journalist Anna Berg for hours.", "Anna Berg", "Anna Berg|veteran freelance journalist")]
    [InlineData("Yesterday the dictator Ivan Kral spoke on television.", "Ivan Kral", "Ivan Kral|dictator")]
    [InlineData("A video posted by well-known Serbian blogger Ivan Petrov went viral.", "Ivan Petrov", "Ivan Petrov|Serbian blogger")]
    [InlineData("The talks stalled as Moldovan President Maia Sandu arrived.", "Maia Sandu", "Maia Sandu|Moldovan President")]
    [InlineData("The bill was drafted by Sen. Jane Holt last spring.", "Jane Holt", "Jane Holt|Sen.")]
    public void Title_before_the_name_is_the_role(string text, string person, string expected)
    {
        Assert.Equal([expected], RoleFixture.Roles(text, person));
    }

    [Theory]
    [InlineData("Macron's envoy Jean Dupont flew to Kyiv.", "Macron=Emmanuel Macron", "Jean Dupont|envoy of Emmanuel Macron")]
    [InlineData("Orban's longtime foreign policy adviser Peter Szabo resigned.", "Orban=Viktor Orban", "Peter Szabo|longtime foreign policy adviser to Viktor Orban")]
    [InlineData("Reporters waited for Trump envoy Steve Witkoff outside.", "Trump=Donald Trump", "Steve Witkoff|envoy of Donald Trump")]
    public void A_possessive_before_a_title_names_whose_role_it_is(string text, string owner, string expected)
    {
        var person = expected.Split('|')[0];

        Assert.Contains(expected, RoleFixture.Roles(text, owner, person));
    }

    [Theory]
    [InlineData("Trump will host Putin in Florida next month.", "Putin")]
    [InlineData("Kyiv asked him to head Ukraine's team and to judge Sergei Orlov fairly.", "Sergei Orlov")]
    public void A_head_noun_that_is_a_verb_here_is_not_a_title(string text, string person)
    {
        Assert.Empty(RoleFixture.Roles(text, person));
    }

    [Fact]
    public void The_host_before_a_name_is_a_title()
    {
        Assert.Equal(["Jon Vale|host"], RoleFixture.Roles("Guests told the host Jon Vale about it.", "Jon Vale"));
    }

    [Fact]
    public void An_office_followed_by_a_rank_gives_two_roles_but_secretary_general_stays_one()
    {
        var rank = RoleFixture.Roles("Navy Chief of Staff Admiral Lisa Hale visited the base.", "Lisa Hale");
        var compound = RoleFixture.Roles("NATO Secretary General Mark Rutte spoke first.", "ORG:NATO", "Mark Rutte");

        Assert.Equal(["Lisa Hale|Navy Chief of Staff", "Lisa Hale|Admiral"], rank);
        Assert.Equal(["Mark Rutte|NATO Secretary General"], compound);
    }

    [Fact]
    public void A_country_possessive_stays_in_the_title_as_written()
    {
        var roles = RoleFixture.Roles("Norway's Foreign Minister Espen Eide arrived late.", "GPE:Norway", "Espen Eide");

        Assert.Equal(["Espen Eide|Norway's Foreign Minister"], roles);
    }

    [Fact]
    public void A_title_the_tagger_left_inside_the_name_is_a_role()
    {
        Assert.Equal(["King Harald|King"], RoleFixture.Roles("The crowd cheered King Harald on the balcony.", "King Harald"));
    }

    // ---- appositions ----

    [Theory]
    [InlineData("Talks were held with Zelensky's chief of staff, Andriy Yermak, in Kyiv.", "Zelensky=Volodymyr Zelensky", "Andriy Yermak|chief of staff to Volodymyr Zelensky")]
    [InlineData("The reporter interviewed Putin's daughter, Katerina Tikhonova, last year.", "Putin=Vladimir Putin", "Katerina Tikhonova|daughter of Vladimir Putin")]
    [InlineData("Orban and his former adviser, Jane Roe, fell out.", "Orban=Viktor Orban", "Jane Roe|former adviser to Viktor Orban")]
    public void Apposition_before_the_name_with_a_possessive(string text, string owner, string expected)
    {
        var person = expected.Split('|')[0];

        Assert.Contains(expected, RoleFixture.Roles(text, owner, person));
    }

    [Fact]
    public void His_at_the_start_of_a_sentence_means_the_subject_of_the_sentence_before()
    {
        var roles = RoleFixture.Roles("Tom Reed met the mayor on Friday. His daughter, Anna Reed, was there too.", "Tom Reed", "Anna Reed");

        Assert.Equal(["Anna Reed|daughter of Tom Reed"], roles);
    }

    [Fact]
    public void Apposition_before_the_name_at_the_start_of_a_sentence_keeps_its_tail()
    {
        var roles = RoleFixture.Roles("Another founder of the “Harbour” circle, Mara Lind, declined to comment.", "Mara Lind");

        Assert.Equal(["Mara Lind|founder of the Harbour circle"], roles);
    }

    [Theory]
    [InlineData("After meeting the president, Zelensky flew home.", "Zelensky")]
    [InlineData("According to a senior official, Trump is hopeful.", "Trump")]
    public void A_phrase_that_is_not_an_apposition_gives_no_role(string text, string person)
    {
        Assert.Empty(RoleFixture.Roles(text, person));
    }

    [Theory]
    [InlineData("Andriy Yermak, Zelensky's chief of staff, said the talks went well.", "Andriy Yermak|chief of staff to Volodymyr Zelensky")]
    [InlineData("Jane Roe, a member of the city council, voted against it.", "Jane Roe|member of the city council")]
    [InlineData("Mark Stone, one of Zelensky's closest advisers since 2019, resigned.", "Mark Stone|closest adviser to Volodymyr Zelensky")]
    public void Apposition_after_the_name(string text, string expected)
    {
        var person = expected.Split('|')[0];

        Assert.Contains(expected, RoleFixture.Roles(text, "Zelensky=Volodymyr Zelensky", person));
    }

    [Fact]
    public void Apposition_of_two_joined_roles_gives_the_first()
    {
        var roles = RoleFixture.Roles("Anne Vik, a historian and prize winner, argued the opposite.", "Anne Vik");

        Assert.Equal(["Anne Vik|historian"], roles);
    }

    [Theory]
    [InlineData("Pavel Gusev, a Kremlin loyalist, denied it.", "Pavel Gusev|Kremlin loyalist")]
    [InlineData("Pavel Gusev, 58, a former judge, denied it.", "Pavel Gusev|former judge")]
    [InlineData("Pavel Gusev, now the party's leader, denied it.", "Pavel Gusev|party's leader")]
    [InlineData("Pavel Gusev (a former KGB officer) denied it.", "Pavel Gusev|former KGB officer")]
    public void Apposition_after_an_age_or_adverb_or_with_an_agent_noun(string text, string expected)
    {
        Assert.Contains(expected, RoleFixture.Roles(text, "Pavel Gusev"));
    }

    [Theory]
    [InlineData("Pavel Gusev, the winter, denied it.")]
    [InlineData("Pavel Gusev, gopher, denied it.")]
    [InlineData("Pavel Gusev, a woman of courage, denied it.")]
    public void Apposition_with_an_unlisted_noun_needs_an_agent_ending_and_a_determiner(string text)
    {
        Assert.Empty(RoleFixture.Roles(text, "Pavel Gusev"));
    }

    [Fact]
    public void Kinship_after_a_dash_names_the_relative_by_canonical_name()
    {
        var roles = RoleFixture.Roles(
            "Oleg Ivanov—son of Pyotr Ivanov, the former governor—was elected.", "Oleg Ivanov", "Pyotr Ivanov");

        Assert.Equal(["Oleg Ivanov|son of Pyotr Ivanov", "Pyotr Ivanov|former governor"], roles);
    }

    [Fact]
    public void A_parenthetical_speech_clause_is_not_an_apposition()
    {
        Assert.Empty(RoleFixture.Roles("They met Putin, Trump's envoy said.", "Putin", "Trump"));
    }

    // ---- relative clauses and copulas ----

    [Theory]
    [InlineData("Maria Lind, who heads the Harbour Institute, said the plan was flawed.", "Maria Lind|head of the Harbour Institute")]
    [InlineData("Tom Reed, who has negotiated for both parties, was sceptical.", "Tom Reed|negotiator for parties")]
    [InlineData("Ann Holm, who served as ambassador to Norway, disagreed.", "Ann Holm|ambassador to Norway")]
    public void Relative_clause_that_says_what_the_person_does(string text, string expected)
    {
        Assert.Equal([expected], RoleFixture.Roles(text, expected.Split('|')[0]));
    }

    [Fact]
    public void Relative_clause_that_reports_speech_gives_no_role()
    {
        Assert.Empty(RoleFixture.Roles("Ann Holm, who said the plan was flawed, left early.", "Ann Holm"));
    }

    [Theory]
    [InlineData("Peter Vogel is the party's treasurer.", "Peter Vogel|party's treasurer")]
    [InlineData("Lena Park was a senior correspondent for the Daily Courier.", "Lena Park|senior correspondent for the Daily Courier")]
    public void Copula_with_a_role_phrase(string text, string expected)
    {
        Assert.Equal([expected], RoleFixture.Roles(text, expected.Split('|')[0]));
    }

    [Theory]
    [InlineData("Ivan Sorokin was appointed deputy defence minister in May.", "Ivan Sorokin|deputy defence minister")]
    [InlineData("Ivan Sorokin has been named as envoy to the talks.", "Ivan Sorokin|envoy to the talks")]
    [InlineData("Ivan Sorokin has been a Kremlin official since 2012.", "Ivan Sorokin|Kremlin official")]
    public void Appointment_and_perfect_tense_copulas(string text, string expected)
    {
        Assert.Equal([expected], RoleFixture.Roles(text, expected.Split('|')[0]));
    }

    [Theory]
    [InlineData("Witkoff is leading the talks.", "Witkoff")]
    [InlineData("Putin is not a friend of anyone.", "Putin")]
    public void Copula_without_a_role_phrase_gives_nothing(string text, string person)
    {
        Assert.Empty(RoleFixture.Roles(text, person));
    }

    // ---- ages ----

    [Theory]
    [InlineData("Lena Park, 41, said she would run again.", "Lena Park|age 41")]
    [InlineData("Lena Park is just 41 years old.", "Lena Park|age 41")]
    [InlineData("Lena Park aged 41 won the seat.", "Lena Park|age 41")]
    [InlineData("Lena Park (41) won the seat.", "Lena Park|age 41")]
    [InlineData("The 41-year-old Lena Park won the seat.", "Lena Park|age 41")]
    [InlineData("Lena Park, who is in her early 40s, won the seat.", "Lena Park|age early 40s")]
    public void Age_after_or_before_the_name(string text, string expected)
    {
        Assert.Equal([expected], RoleFixture.Roles(text, "Lena Park"));
    }

    [Fact]
    public void Age_said_of_two_people_goes_to_both()
    {
        var roles = RoleFixture.Roles("Unlike Tom Reed and Lena Park, who are both in their early 80s, the minister is young.", "Tom Reed", "Lena Park");

        Assert.Equal(["Lena Park|age early 80s", "Tom Reed|age early 80s"], roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Age_of_a_group_goes_to_each_example_named()
    {
        var roles = RoleFixture.Roles("The worry is officials in their late 50s, such as Tom Reed or the bank's Lena Park, who wait.", "Tom Reed", "Lena Park");

        Assert.Equal(["Lena Park|age late 50s", "Tom Reed|age late 50s"], roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Lena Park, 2024, was a good year.")]
    [InlineData("Lena Park said 41 people were hurt.")]
    public void Numbers_that_are_not_ages_give_nothing(string text)
    {
        Assert.Empty(RoleFixture.Roles(text, "Lena Park"));
    }

    // ---- affiliation, post-nominals, bylines ----

    [Fact]
    public void Name_of_an_organisation_is_an_affiliation()
    {
        var roles = RoleFixture.Roles("Tom Reed of the Harbour Institute argues otherwise.", "Tom Reed", "ORG:Harbour Institute");

        Assert.Equal(["Tom Reed|of Harbour Institute"], roles);
    }

    [Fact]
    public void Post_nominal_letters_and_the_apposition_after_them_are_both_roles()
    {
        var roles = RoleFixture.Roles("Hamish Carter OBE, a former army colonel, told the paper.", "Hamish Carter");

        Assert.Equal(["Hamish Carter|OBE", "Hamish Carter|former army colonel"], roles);
    }

    [Theory]
    [InlineData("By Lena Park\nThe talks resumed on Monday.", "Lena Park")]
    [InlineData("Author: Lena Park\nThe talks resumed on Monday.", "Lena Park")]
    public void Byline_names_the_author(string text, string person)
    {
        Assert.Equal([$"{person}|author of the article"], RoleFixture.Roles(text, person));
    }

    [Fact]
    public void Byline_takes_a_name_the_tagger_missed()
    {
        var records = RoleFixture.Records("Author: Daria Volkova\nThe talks resumed on Monday.");

        Assert.Equal(["Daria Volkova|author of the article|byline:unrecognised-name|Author: Daria Volkova"], records);
    }

    // ---- the layer as a whole ----

    [Fact]
    public void Records_carry_their_rule_and_the_span_that_states_the_role()
    {
        var records = RoleFixture.Records("Trump's envoy Steve Witkoff met Kirill Dmitriev, who runs the fund.", "Trump=Donald Trump", "Steve Witkoff", "Kirill Dmitriev");

        Assert.Equal(
        [
            "Steve Witkoff|envoy of Donald Trump|title-before-name|Trump's envoy",
            "Kirill Dmitriev|head of the fund|relative-clause|who runs the fund",
        ], records);
    }

    [Fact]
    public void One_record_per_person_and_role_and_the_fuller_title_wins()
    {
        var roles = RoleFixture.Roles(
            "President Trump spoke. Later U.S. President Donald Trump spoke again. President Trump left.",
            "Trump=Donald Trump", "Donald Trump");

        Assert.Equal(["Donald Trump|U.S. President"], roles);
    }

    [Fact]
    public void A_rank_is_kept_beside_an_office_that_uses_the_same_word_in_lower_case()
    {
        var roles = RoleFixture.Roles("General Ivan Sorokin, chief of the general staff, spoke.", "Ivan Sorokin");

        Assert.Equal(["Ivan Sorokin|General", "Ivan Sorokin|chief of the general staff"], roles);
    }

    [Fact]
    public void Roles_of_two_people_are_kept_apart()
    {
        var roles = RoleFixture.Roles("President Trump met President Macron.", "Trump=Donald Trump", "Macron=Emmanuel Macron");

        Assert.Equal(["Donald Trump|President", "Emmanuel Macron|President"], roles);
    }

    [Fact]
    public void A_former_or_deputy_office_is_kept_beside_the_office_itself()
    {
        var roles = RoleFixture.Roles(
            "Prime Minister Eva Lund opened the session. Eva Lund, a former Deputy Prime Minister, spoke first.",
            "Eva Lund");

        Assert.Contains("Eva Lund|Prime Minister", roles);
        Assert.Contains(roles, r => r.StartsWith("Eva Lund|former Deputy Prime Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_document_repeating_one_paragraph_gives_its_roles_once()
    {
        var paragraph = "Finnish President Alexander Stubb, 57, met Jane Roe, a member of the city council.\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 500));

        var roles = RoleFixture.Roles(text, "Alexander Stubb", "Jane Roe");

        Assert.Equal(["Alexander Stubb|Finnish President", "Alexander Stubb|age 57", "Jane Roe|member of the city council"], roles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("No names here at all, just words.")]
    [InlineData(", , — ’s ’s 41-year-old in their")]
    public void Odd_text_gives_an_empty_layer(string text)
    {
        var document = RoleFixture.Annotate(text);

        Assert.True(document.Has(Layers.Roles));
        Assert.Empty(document.Get(Layers.Roles));
    }

    [Fact]
    public void The_annotator_needs_the_entities_layer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().AddSegmentation().AddRoles().Build());

        Assert.Contains("entities", error.Message);
    }

    [Fact]
    public void With_the_shipped_tagger_titles_before_names_come_through()
    {
        var document = new PipelineBuilder().AddSegmentation().AddEntities().AddRoles().Build()
            .Process(new Document("fixture", "The talks were led by U.S. Secretary of State Marco Rubio, who told reporters that Russian President Vladimir Putin wanted peace."));

        var roles = document.Get(Layers.Roles).Select(r => $"{r.Entity}|{r.Role}").ToList();

        Assert.Contains("Vladimir Putin|Russian President", roles);
        Assert.Contains("Marco Rubio|U.S. Secretary of State", roles);
    }
}
