using Microsoft.Data.Sqlite;
using Provenance.Core;
using Provenance.Store.Sqlite;

namespace Provenance.Store.Tests.Sqlite;

/// <summary>The store contract against a private <c>:memory:</c> database, plus what is special about memory.</summary>
public sealed class SqliteInMemoryDocumentStoreTests : DocumentStoreContract
{
    protected override async Task<IDocumentStore> CreateStoreAsync() => await SqliteDocumentStore.OpenAsync(":memory:");

    [Fact]
    public async Task Two_in_memory_stores_do_not_share_documents()
    {
        await using var first = await SqliteDocumentStore.OpenAsync(":memory:");
        await using var second = await SqliteDocumentStore.OpenAsync(":memory:");

        await first.SaveAsync(StoreFixtures.Analysis());

        Assert.Equal(1, await first.CountAsync());
        Assert.Equal(0, await second.CountAsync());
    }

    [Fact]
    public async Task A_shared_cache_in_memory_database_is_seen_by_another_connection_while_the_store_is_open()
    {
        var name = "provenance-" + Guid.NewGuid().ToString("N");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = name, Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared };
        await using var store = await SqliteDocumentStore.OpenAsync(connectionString);
        await store.SaveAsync(StoreFixtures.Analysis());

        await using var other = new SqliteConnection(connectionString.ToString());
        await other.OpenAsync();
        await using var command = other.CreateCommand();
        command.CommandText = "SELECT id FROM documents";

        Assert.Equal("meridian-2025-11-20", await command.ExecuteScalarAsync());
        Assert.Equal(SqliteDocumentStore.SchemaVersion, await SqliteProbe.UserVersionAsync(other));
    }

    [Fact]
    public async Task A_disposed_store_refuses_further_work()
    {
        var store = await SqliteDocumentStore.OpenAsync(":memory:");
        await store.DisposeAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.SaveAsync(Document.FromText("Too late.")));
    }
}
