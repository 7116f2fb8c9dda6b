using System.Globalization;
using System.Text.Json;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Core.Json;
using Spectre.Console;

namespace Provenance.Cli.Rendering;

/// <summary>
/// The readable summary of one analysed document: its metadata, its paragraphs marked author or quoted
/// (with the source), its entities grouped by canonical name (type, mentions, other spellings, roles; most
/// mentioned first), and every other layer the pipeline produced. Long paragraphs are shortened on
/// screen with a visible "…"; the JSON output always has everything.
/// </summary>
internal static class DocumentSummaryRenderer
{
    private const int ParagraphWidth = 160;

    /// <summary>Layers shown in their own way (or counted in the header); any other layer is listed generically.</summary>
    private static readonly HashSet<LayerKey> Special = [Layers.Blocks, Layers.Sentences, Layers.Tokens, Layers.Entities, Layers.Roles];

    /// <param name="shorten">Shorten long paragraphs with a visible "…" (a summary); false shows every character.</param>
    public static void Render(IAnsiConsole console, Document document, bool shorten)
    {
        string Show(string text) => shorten ? Shorten(text) : text;

        console.Write(new Rule($"[bold]{Markup.Escape(document.Id)}[/]") { Justification = Justify.Left });
        var meta = document.Metadata;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        AddRow(grid, "title", meta.Title);
        AddRow(grid, "outlet", meta.Outlet);
        AddRow(grid, "author", meta.Author);
        AddRow(grid, "published", meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddRow(grid, "kind", meta.Kind);
        AddRow(grid, "url", meta.Url);
        AddRow(grid, "forwarded from", meta.ForwardedFrom);
        AddRow(grid, "source", meta.SourcePath);
        AddRow(grid, "size", string.Create(CultureInfo.InvariantCulture,
            $"{Plural.Of(document.Text.Length, "character")}, {Plural.Of(document.Get(Layers.Blocks).Length, "paragraph")}, {Plural.Of(document.Get(Layers.Sentences).Length, "sentence")}, {Plural.Of(document.Get(Layers.Tokens).Length, "token")}"));
        console.Write(grid);
        console.WriteLine();

        var blocks = document.Get(Layers.Blocks);
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var voice = block.Voice == Core.Annotations.Voice.Quoted
                ? $"[yellow]quoted[/]{(block.Source is null ? "" : $" ({Markup.Escape(block.Source)})")}"
                : "[green]author[/]";
            console.MarkupLine($"[grey]{i + 1,3}[/] {voice}  {Markup.Escape(Show(document.TextOf(block)))}");
        }

        if (document.Has(Layers.Entities) || document.Has(Layers.Roles))
        {
            RenderEntities(console, document);
        }

        foreach (var key in document.LayerKeys.Where(k => !Special.Contains(k)))
        {
            RenderLayer(console, document, key, shorten);
        }

        console.WriteLine();
    }

    /// <summary>One row per entity (canonical name and type), not one per mention; roles beside the person.</summary>
    private static void RenderEntities(IAnsiConsole console, Document document)
    {
        var groups = EntityGroup.From(document);
        console.WriteLine();
        console.MarkupLine($"[bold]entities[/] ({(groups.Count == 1 ? "1 entity" : string.Create(CultureInfo.InvariantCulture, $"{groups.Count:N0} entities"))}, {Plural.Of(document.Get(Layers.Entities).Length, "mention")}, {Plural.Of(document.Get(Layers.Roles).Length, "role")})");
        if (groups.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("entity", "type", "mentions", "also written", "roles");
        foreach (var group in groups)
        {
            table.AddRow(
                new Text(group.Name),
                new Text(EntityGroup.TypeName(group.Type)),
                new Text(group.Mentions.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Join(", ", group.Spellings)),
                new Text(string.Join("; ", group.Roles)));
        }

        console.Write(table);
    }

    private static void RenderLayer(IAnsiConsole console, Document document, LayerKey key, bool shorten)
    {
        var annotations = document.GetUntyped(key);
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(key.Name)}[/] ({annotations.Count})");
        foreach (var annotation in annotations)
        {
            var fields = JsonSerializer.SerializeToElement(annotation, annotation.GetType(), DocumentJson.SerializerOptions)
                .EnumerateObject()
                .Where(f => f.Name is not ("start" or "end") && f.Value.ValueKind is not JsonValueKind.Null)
                .Select(f => $"{f.Name}={f.Value}");
            var text = document.TextOf(annotation);
            console.MarkupLine($"  [aqua]{Markup.Escape(shorten ? Shorten(text) : text)}[/] [grey]{Markup.Escape(string.Join("  ", fields))}[/]");
        }
    }

    private static void AddRow(Grid grid, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            grid.AddRow(new Markup($"[grey]{label}[/]"), new Text(value));
        }
    }

    private static string Shorten(string text) =>
        text.Length <= ParagraphWidth ? text : string.Concat(text.AsSpan(0, ParagraphWidth - 1), "…");
}
