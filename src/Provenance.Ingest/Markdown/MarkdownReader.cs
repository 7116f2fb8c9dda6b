using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Yaml;
using Markdig.Parsers;
using Markdig.Syntax;
using Provenance.Core;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Markdown;

/// <summary>
/// Reads Markdown (<c>.md</c>, <c>.markdown</c>) with Markdig (CommonMark plus YAML front matter, pipe tables
/// and <c>~~strikethrough~~</c>) into one paragraph per line; <see cref="MarkdownTextWriter"/> says what is
/// kept and what becomes markup evidence. A front matter block gives title, author, date, url, outlet and
/// language (<see cref="MarkdownFrontMatter"/>); without a title there, the first level-1 heading is the
/// title. Indented code blocks are switched off: in news text an indented paragraph is prose, so its lines
/// join like any paragraph's. Hostile input is read as plain lines (each non-blank line a paragraph, no
/// markup): input nested deeper than Markdig's limit (128 levels), and input with a paragraph longer than
/// <see cref="MaxParagraphChars"/>.
/// </summary>
internal sealed class MarkdownReader : IFormatReader
{
    // Built pipelines are immutable and safe to share between threads.
    private static readonly MarkdownPipeline WithFrontMatter = CreatePipeline(frontMatter: true);
    private static readonly MarkdownPipeline WithoutFrontMatter = CreatePipeline(frontMatter: false);

    /// <summary>
    /// Markdig's inline parser is quadratic on some hostile paragraphs (thousands of unclosed <c>[a](b</c>,
    /// <c>[ (](</c>, <c>&lt;?</c> or <c>&lt;![CDATA[</c>: pathological cases known from CommonMark parsers).
    /// Capping the paragraph keeps the worst case to a few tens of milliseconds a paragraph; news paragraphs
    /// are far shorter.
    /// </summary>
    internal const int MaxParagraphChars = 10_000;

    public string FormatName => "Markdown";

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".mdown", ".mkd"];

    /// <summary>Markdown is chosen by extension only: any text is valid Markdown, so sniffing proves nothing.</summary>
    public bool CanRead(SourceText source) => false;

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        if (HasOversizedParagraph(source.Text) || !TryParse(source.Text, out var document))
        {
            yield return ReadAsPlainLines(source);
            yield break;
        }

        var metadata = DocumentMetadata.Empty;
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            var lines = frontMatter.Lines.ToString().Split('\n');
            if (MarkdownFrontMatter.LooksLikeYaml(lines))
            {
                metadata = MarkdownFrontMatter.Read(lines);
            }
            else if (!TryParse(source.Text, out document, WithoutFrontMatter))
            {
                yield return ReadAsPlainLines(source);
                yield break;
            }
        }

        var writer = new MarkdownTextWriter();
        writer.Write(document, cancellationToken);
        if (metadata.Title is null && writer.FirstTitle is not null)
        {
            metadata = metadata with { Title = writer.FirstTitle };
        }

        yield return ReaderOutput.Draft(source.SourcePath, writer.Text, metadata, writer.Markup);
    }

    private static bool TryParse(string text, out MarkdownDocument document, MarkdownPipeline? pipeline = null)
    {
        try
        {
            document = Markdig.Markdown.Parse(text, pipeline ?? WithFrontMatter);
            return true;
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (a thousand "> " markers, say).
            document = new MarkdownDocument();
            return false;
        }
    }

    /// <summary>True when consecutive non-blank lines add up to more than <see cref="MaxParagraphChars"/>.</summary>
    private static bool HasOversizedParagraph(string text)
    {
        var length = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            length = line.IsWhiteSpace() ? 0 : length + line.Length + 1;
            if (length > MaxParagraphChars)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fallback for input Markdig refuses: each non-blank line is a paragraph, no markup.</summary>
    private static ReaderOutput ReadAsPlainLines(SourceText source)
    {
        var writer = new ParagraphWriter();
        foreach (var line in source.Text.Split('\n'))
        {
            writer.TryAppend(new InlineText(line, []), out _, out _);
        }

        return ReaderOutput.Draft(source.SourcePath, writer.Text, DocumentMetadata.Empty, writer.Markup);
    }

    private static MarkdownPipeline CreatePipeline(bool frontMatter)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough);
        if (frontMatter)
        {
            builder.UseYamlFrontMatter();
        }

        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder.Build();
    }
}
