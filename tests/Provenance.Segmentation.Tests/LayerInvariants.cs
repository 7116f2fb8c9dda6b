using System.Text;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Segmentation.Tests;

/// <summary>
/// The invariants every segmentation layer must keep, checked after every test run: spans inside the text,
/// non-empty, sorted, not overlapping, trimmed, never cutting a surrogate pair; sentences inside blocks and
/// tokens inside sentences; every non-whitespace character of the text in a block, of a block in a sentence,
/// of a sentence in a token, so the tokens and the whitespace between them give back the text.
/// Each check builds its failure message only when it fails: the messages quote spans, and a 1 MB block
/// would otherwise be copied once per character.
/// </summary>
internal static class LayerInvariants
{
    public static void Check(Document document)
    {
        var text = document.Text;
        var blocks = document.Get(Layers.Blocks);
        var sentences = document.Get(Layers.Sentences);
        var tokens = document.Get(Layers.Tokens);

        CheckSpans(text, "block", blocks);
        CheckSpans(text, "sentence", sentences);
        CheckSpans(text, "token", tokens);

        if (document.Has(Layers.Blocks))
        {
            Assert.Equal(CountNonEmptyLines(text), blocks.Length);
            CheckCovers(text, "text", [new Sentence(0, text.Length)], "block", blocks);
        }

        if (document.Has(Layers.Sentences))
        {
            CheckCovers(text, "block", blocks, "sentence", sentences);
        }

        if (document.Has(Layers.Tokens))
        {
            CheckCovers(text, "sentence", sentences, "token", tokens);
            foreach (var token in tokens)
            {
                for (var i = token.Start; i < token.End; i++)
                {
                    if (char.IsWhiteSpace(text[i]))
                    {
                        Assert.Fail($"Token {Describe(text, token)} holds whitespace at {i}.");
                    }
                }
            }

            Assert.Equal(text, Rebuild(text, tokens));
        }
    }

    /// <summary>Token texts with the whitespace between them, which must give back the text exactly.</summary>
    private static string Rebuild(string text, IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder(text.Length);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            var gap = text.AsSpan(previousEnd, token.Start - previousEnd);
            if (!gap.IsWhiteSpace())
            {
                Assert.Fail($"The gap before token {Describe(text, token)} holds more than whitespace: \"{gap}\".");
            }

            builder.Append(gap).Append(text.AsSpan(token.Start, token.End - token.Start));
            previousEnd = token.End;
        }

        var tail = text.AsSpan(previousEnd);
        if (!tail.IsWhiteSpace())
        {
            Assert.Fail($"Text after the last token is not whitespace: \"{tail}\".");
        }

        return builder.Append(tail).ToString();
    }

    private static void CheckSpans<T>(string text, string what, IReadOnlyList<T> spans) where T : IAnnotation
    {
        var previousEnd = 0;
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
            {
                Assert.Fail($"{what} [{span.Start}, {span.End}) is empty or lies outside the text (length {text.Length}).");
            }

            if (span.Start < previousEnd)
            {
                Assert.Fail($"{what} {Describe(text, span)} overlaps or precedes the one before (ends at {previousEnd}).");
            }

            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]))
            {
                Assert.Fail($"{what} {Describe(text, span)} is not trimmed.");
            }

            if (CutsSurrogatePair(text, span.Start) || CutsSurrogatePair(text, span.End))
            {
                Assert.Fail($"{what} {Describe(text, span)} cuts a surrogate pair.");
            }

            previousEnd = span.End;
        }
    }

    /// <summary>Each inner span lies in one outer span, and every non-whitespace character of an outer span is in an inner one.</summary>
    private static void CheckCovers<TOuter, TInner>(string text, string outerName, IReadOnlyList<TOuter> outer, string innerName, IReadOnlyList<TInner> inner)
        where TOuter : IAnnotation
        where TInner : IAnnotation
    {
        var o = 0;
        foreach (var span in inner)
        {
            while (o < outer.Count && outer[o].End <= span.Start)
            {
                o++;
            }

            if (o >= outer.Count || span.Start < outer[o].Start || span.End > outer[o].End)
            {
                Assert.Fail($"{innerName} {Describe(text, span)} is not inside one {outerName}.");
            }
        }

        var covered = new bool[text.Length];
        foreach (var span in inner)
        {
            Array.Fill(covered, true, span.Start, span.End - span.Start);
        }

        foreach (var span in outer)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (!covered[i] && !char.IsWhiteSpace(text[i]))
                {
                    Assert.Fail($"Character U+{(int)text[i]:X4} at {i} in {outerName} {Describe(text, span)} belongs to no {innerName}.");
                }
            }
        }
    }

    private static bool CutsSurrogatePair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    /// <summary>Non-empty lines counted independently of <c>BlockAnnotator</c>.</summary>
    private static int CountNonEmptyLines(string text) =>
        text.Replace("\r\n", "\n").Split(['\n', '\r', '\u2028', '\u2029']).Count(line => !string.IsNullOrWhiteSpace(line));

    private static string Describe(string text, IAnnotation span)
    {
        var shown = text[span.Start..span.End];
        return $"[{span.Start}, {span.End}) \"{(shown.Length > 60 ? shown[..60] + "…" : shown)}\"";
    }
}
