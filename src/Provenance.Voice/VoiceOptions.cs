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

    /// <summary>Reward for staying inside a passage: a plain paragraph after a quoted one goes on with it.</summary>
    public double PassageStayBonus { get; init; } = 0.25;

    /// <summary>Bonus for the quoted voice on the paragraph right after a lead-in ("Here:").</summary>
    public double LeadInBonus { get; init; } = 6.0;

    /// <summary>Bias added to every paragraph's quoted score; negative keeps plain paragraphs with the author.</summary>
    public double QuotedBias { get; init; }

    /// <summary>
    /// A passage resumes after at most this many short author reactions ("Indeed.", "They're just doing
    /// what all satraps do.") when a long paragraph with no sign of the author follows.
    /// </summary>
    public int ResumeAfterReactions { get; init; } = 2;

    /// <summary>Longest reaction (in words) that a resumed passage may skip over.</summary>
    public int ReactionWords { get; init; } = 12;

    /// <summary>Shortest paragraph (in words) that can resume a passage without a signal of its own.</summary>
    public int ResumedParagraphWords { get; init; } = 40;
}
