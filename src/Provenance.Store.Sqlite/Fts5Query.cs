namespace Provenance.Store.Sqlite;

/// <summary>
/// Writes a <see cref="SearchQuery"/> as an FTS5 query. Every term becomes an FTS5 string (in double quotes,
/// inner quotes doubled), so nothing the user typed is read as FTS5 syntax: no operators, column filters or
/// parentheses. Strings separated by spaces are ANDed; a quoted multi-word string is a phrase; a prefix term
/// gets FTS5's <c>*</c> after the closing quote.
/// </summary>
internal static class Fts5Query
{
    public static string Write(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join(' ', query.Terms.Select(Write));
    }

    private static string Write(SearchTerm term) =>
        "\"" + term.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (term.IsPrefix ? "*" : "");
}
