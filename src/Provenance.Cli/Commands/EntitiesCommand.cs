using System.CommandLine;
using System.Globalization;
using Provenance.Core;
using Provenance.Core.Annotations;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance entities</c>: the people, organisations and places named in stored documents, one row per
/// canonical entity and type, with mention counts, the documents and the roles stated for it (most often stated
/// first). <c>--role</c> keeps the people with a matching role.
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
        var role = new Option<string?>("--role") { Description = "Only people with a role that contains this text (case-insensitive), e.g. \"envoy\"." };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit();
        var command = new Command("entities", "List the entities named in stored documents, with mentions, documents and roles.") { type, name, role, database, limit };

        command.SetAction((parse, cancellationToken) => StoreListing.RunAsync(environment, parse, database, async (store, console) =>
        {
            var wantedType = parse.GetValue(type);
            var wantedName = parse.GetValue(name);
            var entities = new Dictionary<(string Name, EntityType Type), EntityRow>();
            EntityRow RowOf(string entity, EntityType entityType) =>
                entities.TryGetValue((entity, entityType), out var found) ? found : entities[(entity, entityType)] = new EntityRow();

            await foreach (var item in store.GetAnnotationsAsync(Layers.Entities, cancellationToken).ConfigureAwait(false))
            {
                var mention = item.Annotation;
                if ((wantedType is { } wanted && mention.Type != wanted) || !StoreListing.Matches(mention.Entity, wantedName))
                {
                    continue;
                }

                var row = RowOf(mention.Entity, mention.Type);
                row.Mentions++;
                row.Documents.Add(item.Document.Id);
            }

            // Roles are stated of people; a person who has a role but no stored mention still gets a row.
            if (wantedType is null or EntityType.Person)
            {
                await foreach (var item in store.GetAnnotationsAsync(Layers.Roles, cancellationToken).ConfigureAwait(false))
                {
                    if (!StoreListing.Matches(item.Annotation.Entity, wantedName))
                    {
                        continue;
                    }

                    var person = RowOf(item.Annotation.Entity, EntityType.Person);
                    person.Documents.Add(item.Document.Id);
                    var documents = person.Roles.TryGetValue(item.Annotation.Role, out var stated) ? stated : person.Roles[item.Annotation.Role] = new(StringComparer.Ordinal);
                    documents.Add(item.Document.Id);
                }
            }

            var wantedRole = parse.GetValue(role);
            var rows = entities
                .Where(e => string.IsNullOrEmpty(wantedRole) || e.Value.Roles.Keys.Any(r => StoreListing.Matches(r, wantedRole)))
                .OrderByDescending(e => e.Value.Mentions)
                .ThenBy(e => e.Key.Name, StringComparer.Ordinal)
                .ToList();
            var table = new Table().AddColumns("entity", "type", "mentions", "documents", "roles");
            foreach (var ((entity, entityType), row) in rows.Take(parse.GetValue(limit)))
            {
                table.AddRow(
                    new Text(entity),
                    new Text(TypeName(entityType)),
                    new Text(row.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join(", ", row.Documents.Order(StringComparer.Ordinal).Take(5)) + (row.Documents.Count > 5 ? $" (+{row.Documents.Count - 5})" : "")),
                    new Text(RolesText(row)));
            }

            return StoreListing.Finish(console, table, rows.Count, parse.GetValue(limit), "entities");
        }, cancellationToken));
        return command;
    }

    /// <summary>Roles stated in most documents first; "(n docs)" when more than one document states it.</summary>
    private static string RolesText(EntityRow row) => string.Join("; ", row.Roles
        .OrderByDescending(r => r.Value.Count)
        .ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase)
        .Select(r => r.Value.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{r.Key} ({r.Value.Count} docs)") : r.Key));

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

        /// <summary>Each role stated for the person, with the documents that state it.</summary>
        public Dictionary<string, HashSet<string>> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
