using Provenance.Core.Annotations;

namespace Provenance.Time.Tests;

public class DurationSetAndReferenceTests
{
    private const string Published = "2025-11-19";

    [Theory]
    [InlineData("For the last 3 years, the army has only advanced slowly.", "the last 3 years", "DURATION:P3Y")]
    [InlineData("He spent three days with the negotiators.", "three days", "DURATION:P3D")]
    [InlineData("The state collapsed within six months of the war's end.", "six months", "DURATION:P6M")]
    [InlineData("Fighting has gone on for three and a half years.", "three and a half years", "DURATION:P3.5Y")]
    [InlineData("She has almost two decades of experience covering courts.", "almost two decades", "DURATION:P2DE")]
    [InlineData("The truce came after more than two years of war.", "more than two years", "DURATION:P2Y")]
    [InlineData("Rebels gained about 15 square kilometres in the past week.", "the past week", "DURATION:P1W")]
    [InlineData("Denmark warns of war within the next five years.", "the next five years", "DURATION:P5Y")]
    [InlineData("The threat will grow over the coming years, the report says.", "the coming years", "DURATION:PXY")]
    [InlineData("Europe has underinvested in defence for decades.", "decades", "DURATION:PXDE")]
    [InlineData("For the first time in many years, the capital is talking openly.", "many years", "DURATION:PXY")]
    [InlineData("The ministry approved a five-year plan for the fleet.", "five-year", "DURATION:P5Y")]
    public void Durations_have_period_values(string text, string span, string typed) =>
        Assert.Equal(typed, Tag.ValueOf(text, span, Published, withType: true));

    [Theory]
    [InlineData("The governor, 50 years old, resigned on the spot.")]
    [InlineData("A 28-year-old soldier was detained at the border.")]
    public void Ages_are_not_durations(string text) =>
        Assert.DoesNotContain(Tag.Timexes(text, Published), t => t.Type == TimexType.Duration);

    [Theory]
    [InlineData("The council meets every week to review the budget.", "every week", "SET:P1W")]
    [InlineData("The fever is infecting 3,000 people a week, he said.", "a week", "SET:P1W")]
    [InlineData("The ministry publishes casualty figures daily.", "daily", "SET:P1D")]
    [InlineData("The envoys talk every Monday by phone.", "every Monday", "SET:XXXX-WXX-1")]
    public void Recurring_times_are_sets(string text, string span, string typed) =>
        Assert.Equal(typed, Tag.ValueOf(text, span, Published, withType: true));

    [Theory]
    [InlineData("The pay talks stay on hold for now.", "now", "PRESENT_REF")]
    [InlineData("Land currently held by the rebels would be returned.", "currently", "PRESENT_REF")]
    [InlineData("Authorities have previously refused such requests.", "previously", "PAST_REF")]
    [InlineData("They live in the past and ignore the warnings.", "the past", "PAST_REF")]
    [InlineData("Critics say Russia is going to invade soon to justify the spending.", "soon", "FUTURE_REF")]
    public void Reference_words_point_at_present_past_or_future(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));
}
