namespace Provenance.Segmentation;

/// <summary>Settings of <see cref="SentenceAnnotator"/>.</summary>
public sealed record SentenceOptions
{
    public static SentenceOptions Default { get; } = new();

    /// <summary>
    /// Abbreviations whose period does not end a sentence. Give the tokenizer the same list
    /// (<see cref="TokenOptions.Abbreviations"/>) so both agree on what "U.S." is.
    /// </summary>
    public Abbreviations Abbreviations { get; init; } = Abbreviations.Default;
}
