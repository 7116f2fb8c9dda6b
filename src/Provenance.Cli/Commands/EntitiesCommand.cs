using System.CommandLine;
using System.Globalization;
using Provenance.Core;
using Provenance.Core.Annotations;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance entities</c>: the people, organisations and places named in stored documents, one row per
/// canonical entity and type, with mention counts, the documents and the roles stated for it.
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var type = new Option<EntityType?>("--type")
        {
            Description = "Only this type: PERSON, ORG, GPE or LOC.",
            HelpName = "PERSON|ORG|GPE|LOC",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.ToUpperInvariant() : "";
                EntityType? parsed = text switch
                {
                    "PERSON" => EntityType.Person,
                    "ORG" => EntityType.Organization,
                    "GPE" => EntityType.GeopoliticalEntity,
                    "LOC" => EntityType.Location,
                    _ => null,
                };
                if (parsed is null)
                {
                    result.AddError($"--type must be PERSON, ORG, GPE or LOC, not '{text}'.");
                }

                return parsed;
            },
        };
        var name = new Option<string?>("--name") { Description = "Only entities whose canonical name contains this text (case-insensitive)." };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit();
        var command = new Command("entities", "List the entities named in stored documents, with mentions, documents and roles.") { type, name, database, limit };

        command.SetAction((parse, cancellationToken) => StoreListing.RunAsync(environment, parse, database, async (store, console) =>
        {
            var entities = new Dictionary<(string Name, EntityType Type), EntityRow>();
            await foreach (var item in store.GetAnnotationsAsync(Layers.Entities, cancellationToken).ConfigureAwait(false))
            {
                var mention = item.Annotation;
                if ((parse.GetValue(type) is { } wanted && mention.Type != wanted) || !StoreListing.Matches(mention.Entity, parse.GetValue(name)))
                {
                    continue;
                }

                var row = entities.TryGetValue((mention.Entity, mention.Type), out var found) ? found : entities[(mention.Entity, mention.Type)] = new EntityRow();
                row.Mentions++;
                row.Documents.Add(item.Document.Id);
            }

            await foreach (var item in store.GetAnnotationsAsync(Layers.Roles, cancellationToken).ConfigureAwait(false))
            {
                if (entities.TryGetValue((item.Annotation.Entity, EntityType.Person), out var person))
                {
                    person.Roles.Add(item.Annotation.Role);
                }
            }

            var table = new Table().AddColumns("entity", "type", "mentions", "documents", "roles");
            foreach (var ((entity, entityType), row) in entities.OrderByDescending(e => e.Value.Mentions).ThenBy(e => e.Key.Name, StringComparer.Ordinal).Take(parse.GetValue(limit)))
            {
                table.AddRow(
                    new Text(entity),
                    new Text(TypeName(entityType)),
                    new Text(row.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join(", ", row.Documents.Order(StringComparer.Ordinal).Take(5)) + (row.Documents.Count > 5 ? $" (+{row.Documents.Count - 5})" : "")),
                    new Text(string.Join("; ", row.Roles.Order(StringComparer.Ordinal))));
            }

            return StoreListing.Finish(console, table, entities.Count, parse.GetValue(limit), "entities");
        }, cancellationToken));
        return command;
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeopoliticalEntity => "GPE",
        _ => "LOC",
    };

    private sealed class EntityRow
    {
        public int Mentions { get; set; }

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
