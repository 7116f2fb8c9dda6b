namespace Provenance.Time.Tests;

/// <summary>News phrasings of vague amounts and windows that TimeML tags.</summary>
public class VagueWindowTests
{
    private const string Published = "2025-10-23";

    [Theory]
    [InlineData("Prices will settle in the weeks ahead, traders said.", "the weeks ahead", "DURATION:PXW")]
    [InlineData("More layoffs are expected in coming months.", "in coming months", "DURATION:PXM")]
    [InlineData("The town has changed a lot over the years.", "the years", "DURATION:PXY")]
    [InlineData("The mine closed months ago and never reopened.", "months ago", "DURATION:PXM")]
    [InlineData("The dispute has simmered for half a century.", "half a century", "DURATION:P50Y")]
    [InlineData("Rates will stay high in the near term, the bank said.", "the near term", "DATE:FUTURE_REF")]
    [InlineData("Turnout fell this past weekend across the region.", "this past weekend", "DATE:2025-W42-WE")]
    [InlineData("Sales had doubled in the prior year, the filing showed.", "the prior year", "DATE:2024")]
    public void Vague_amounts_and_windows(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published, withType: true));
}
