namespace Provenance.Quotes;

/// <summary>A word or punctuation mark of the text, <c>[Start, End)</c> in UTF-16 units.</summary>
internal readonly record struct TextWord(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public string TextIn(string text) => text.Substring(Start, End - Start);

    public bool IsWord(string text) => char.IsLetterOrDigit(text[Start]);

    public bool IsCapitalised(string text) => char.IsUpper(text[Start]);
}
