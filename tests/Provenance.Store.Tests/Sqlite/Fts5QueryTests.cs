using Provenance.Store.Sqlite;

namespace Provenance.Store.Tests.Sqlite;

public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("Witkoff \"peace plan\"", "\"Witkoff\" \"peace plan\"")]
    [InlineData("  sanction*  ", "\"sanction\"*")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("AND ( NEAR", "\"AND\" \"NEAR\"")]
    [InlineData("a\"b c\"d", "\"a\" \"b c\" \"d\"")]
    [InlineData("\"  peace \t plan  \"", "\"peace plan\"")]
    [InlineData("text:Witkoff", "\"text:Witkoff\"")]
    [InlineData("* ( ) \"\" - ***", "")]
    public void Every_term_becomes_an_fts5_string(string query, string expected) =>
        Assert.Equal(expected, Fts5Query.Write(SearchQuery.Parse(query)));
}
