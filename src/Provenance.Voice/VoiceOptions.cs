namespace Provenance.Voice;

/// <summary>
/// Settings of <see cref="VoiceAnnotator"/>'s sequence decision. A paragraph's register score (news-style
/// evidence minus author-style evidence, see <see cref="ParagraphRegister"/>) is weighed against the cost of
/// switching voice between neighbouring paragraphs, so runs of paragraphs stay together.
/// </summary>
public sealed record VoiceOptions
{
    public static VoiceOptions Default { get; } = new();

    /// <summary>Cost of changing voice between two neighbouring paragraphs.</summary>
    public double SwitchCost { get; init; } = 1.5;

    /// <summary>Bonus for the quoted voice on the paragraph right after a lead-in ("Here:").</summary>
    public double LeadInBonus { get; init; } = 6.0;

    /// <summary>Bias added to every paragraph's quoted score; negative keeps plain paragraphs with the author.</summary>
    public double QuotedBias { get; init; } = -0.5;

    /// <summary>A paragraph this short (in words) is a reaction or a label, not a reproduced passage, unless it continues one.</summary>
    public int ShortParagraphWords { get; init; } = 6;
}
