using System.Collections.Immutable;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Store.Tests;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do, written against the interface only. A store implementation's
/// test class derives from this and supplies a new, empty store per test; the same tests then run against it.
/// </summary>
public abstract class DocumentStoreContract
{
    /// <summary>A new, empty store used by one test only. The test disposes it.</summary>
    protected abstract Task<IDocumentStore> CreateStoreAsync();

    // ---- save and get ----

    [Fact]
    public async Task Saved_document_comes_back_with_its_text_metadata_and_every_layer()
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.Analysis();

        Assert.Equal(SaveOutcome.Added, await store.SaveAsync(document));
        var loaded = await store.GetAsync(document.Id);

        Assert.NotNull(loaded);
        AssertSameDocument(document, loaded);
    }

    [Fact]
    public async Task Offsets_after_an_emoji_and_cyrillic_text_survive_the_round_trip()
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.ChannelPost();

        await store.SaveAsync(document);
        var loaded = await store.GetAsync(document.Id);

        Assert.NotNull(loaded);
        AssertSameDocument(document, loaded);
        Assert.Equal(["Зеленський", "Києві", "Москва"], loaded.Get(Layers.Entities).Select(loaded.TextOf));
    }

    public static TheoryData<string> MetadataCases => new(MetadataByName.Keys);

    [Theory]
    [MemberData(nameof(MetadataCases), MemberType = typeof(DocumentStoreContract))]
    public async Task Metadata_round_trips_with_nulls_and_extras(string name)
    {
        await using var store = await CreateStoreAsync();
        var document = new Document("metadata-case", $"A short note about metadata, case {name}.", MetadataByName[name]);

        await store.SaveAsync(document);
        var loaded = await store.GetAsync(document.Id);

        Assert.NotNull(loaded);
        AssertSameMetadata(document.Metadata, loaded.Metadata);
    }

    [Fact]
    public async Task A_layer_that_ran_but_found_nothing_stays_present_and_empty()
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.Plain("No one was quoted in this short dispatch from the border.")
            .With(Layers.Quotes, [])
            .With(Layers.Sentences, [new Sentence(0, 57)]);

        await store.SaveAsync(document);
        var loaded = await store.GetAsync(document.Id);

        Assert.NotNull(loaded);
        Assert.True(loaded.Has(Layers.Quotes));
        Assert.Empty(loaded.Get(Layers.Quotes));
        Assert.False(loaded.Has(Layers.Entities));
        Assert.Single(loaded.Get(Layers.Sentences));
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.Analysis());

        Assert.Null(await store.GetAsync("no-such-document"));
        Assert.Null(await store.GetAsync(""));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(64)]
    public async Task Get_falls_back_to_a_content_hash_prefix(int length)
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.Analysis();
        await store.SaveAsync(document);

        var byPrefix = await store.GetAsync(document.ContentHash[..length]);
        var byUpperCasePrefix = await store.GetAsync(document.ContentHash[..length].ToUpperInvariant());

        Assert.Equal(document.Id, byPrefix?.Id);
        Assert.Equal(document.Id, byUpperCasePrefix?.Id);
    }

    [Fact]
    public async Task A_content_hash_prefix_shorter_than_8_characters_is_not_looked_up()
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.Analysis();
        await store.SaveAsync(document);

        Assert.Null(await store.GetAsync(document.ContentHash[..7]));
    }

    // ---- idempotence and id clashes ----

    public static TheoryData<string> SameContentCases => new("same id", "other id", "CRLF line endings");

    [Theory]
    [MemberData(nameof(SameContentCases), MemberType = typeof(DocumentStoreContract))]
    public async Task Saving_the_same_content_again_is_already_stored_and_keeps_one_copy(string variant)
    {
        await using var store = await CreateStoreAsync();
        var first = StoreFixtures.Analysis();
        var again = variant switch
        {
            "same id" => StoreFixtures.Analysis(),
            "other id" => StoreFixtures.Analysis().WithId("copy-from-another-feed"),
            _ => new Document("crlf-copy", StoreFixtures.AnalysisText.Replace("\n", "\r\n", StringComparison.Ordinal)),
        };

        Assert.Equal(SaveOutcome.Added, await store.SaveAsync(first));
        Assert.Equal(SaveOutcome.AlreadyStored, await store.SaveAsync(again));

        Assert.Equal(1, await store.CountAsync());
        AssertSameDocument(first, (await store.GetAsync(first.Id))!);
        if (again.Id != first.Id)
        {
            Assert.Null(await store.GetAsync(again.Id));
        }
    }

    [Fact]
    public async Task An_id_taken_by_a_different_text_is_refused_and_the_stored_document_stays()
    {
        await using var store = await CreateStoreAsync();
        var first = StoreFixtures.WithQuote("wire-1187", "Maria Kessler", "We will not sign anything this week.");
        var impostor = StoreFixtures.WithQuote("wire-1187", "Tomas Brandt", "The draft is dead on arrival.");
        await store.SaveAsync(first);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(impostor));

        Assert.Contains("'wire-1187'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await store.CountAsync());
        AssertSameDocument(first, (await store.GetAsync("wire-1187"))!);
        Assert.Empty(await ToListAsync(store.SearchAsync("Brandt")));
    }

    // ---- search ----

    [Theory]
    [InlineData("witkoff")]
    [InlineData("WITKOFF")]
    [InlineData("Witkoff")]
    [InlineData("  reception   ")]
    public async Task Search_finds_a_word_whatever_its_case(string query)
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        var hits = await ToListAsync(store.SearchAsync(query));

        Assert.Equal(["meridian-2025-11-20"], hits.Select(h => h.Document.Id));
    }

    [Fact]
    public async Task Search_folds_the_case_of_cyrillic_words()
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        var hits = await ToListAsync(store.SearchAsync("МОСКВА"));

        Assert.Equal(["kec-4411"], hits.Select(h => h.Document.Id));
    }

    [Fact]
    public async Task Search_for_a_phrase_needs_its_words_next_to_each_other()
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        var phrase = await ToListAsync(store.SearchAsync("\"peace plan\""));
        var words = await ToListAsync(store.SearchAsync("peace plan"));

        Assert.Equal(["meridian-2025-11-20"], phrase.Select(h => h.Document.Id));
        Assert.Equal(["meridian-2025-11-20", "scattered-words"], words.Select(h => h.Document.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_mixing_a_word_and_a_phrase_needs_both()
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        Assert.Single(await ToListAsync(store.SearchAsync("Witkoff \"peace plan\"")));
        Assert.Empty(await ToListAsync(store.SearchAsync("Witkoff \"plan peace\"")));
        Assert.Empty(await ToListAsync(store.SearchAsync("Witkoff Brandt")));
    }

    [Fact]
    public async Task Search_snippet_marks_the_matched_words_with_brackets()
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        var hit = Assert.Single(await ToListAsync(store.SearchAsync("reception")));

        Assert.Contains("[reception]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("The Meridian Review", hit.Document.Metadata.Outlet);
    }

    [Fact]
    public async Task Search_ranks_the_document_about_the_word_first()
    {
        await using var store = await CreateStoreAsync();
        var about = StoreFixtures.Plain("Sanctions, sanctions and more sanctions: the week in sanctions.");
        await store.SaveAsync(StoreFixtures.Plain(
            "The ministry published its weekly bulletin on grain exports, port traffic, rail tariffs, fuel prices " +
            "and harvest forecasts for the southern regions, with a short note on sanctions at the end."));
        await store.SaveAsync(about);

        var hits = await ToListAsync(store.SearchAsync("sanctions"));

        Assert.Equal(2, hits.Count);
        Assert.Equal(about.ContentHash, hits[0].Document.ContentHash);
        Assert.True(hits[0].Rank < hits[1].Rank);
    }

    [Fact]
    public async Task Search_word_ending_in_a_star_matches_as_a_prefix()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.Plain("New sanctions were announced on Friday."));

        Assert.Single(await ToListAsync(store.SearchAsync("sanction*")));
        Assert.Empty(await ToListAsync(store.SearchAsync("sanction")));
    }

    [Fact]
    public async Task Search_treats_operator_words_as_plain_words()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.Plain("Shelling continued near the border overnight."));
        await store.SaveAsync(StoreFixtures.Plain("Shelling continued along the front overnight."));

        var hits = await ToListAsync(store.SearchAsync("NEAR border"));

        Assert.Single(hits);
        Assert.Contains("[near]", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("*")]
    [InlineData("AND (")]
    [InlineData("NEAR")]
    [InlineData("NEAR(peace plan, 2)")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"peace")]
    [InlineData("peace\"")]
    [InlineData("OR NOT AND")]
    [InlineData("text: Witkoff")]
    [InlineData("{text}: plan")]
    [InlineData("^peace")]
    [InlineData("-plan +peace")]
    [InlineData(")))((( ** \"\" ^ : -")]
    [InlineData("peace\0plan")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\ud83c")]
    public async Task Search_never_fails_on_hostile_queries(string query)
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        var hits = await ToListAsync(store.SearchAsync(query));

        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Snippet)));
        Assert.Equal(4, await store.CountAsync());
    }

    [Fact]
    public async Task Search_without_searchable_words_finds_nothing()
    {
        await using var store = await CreateStoreAsync();
        await SaveSearchCorpusAsync(store);

        Assert.Empty(await ToListAsync(store.SearchAsync("")));
        Assert.Empty(await ToListAsync(store.SearchAsync("* ( ) \"\"")));
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit()
    {
        await using var store = await CreateStoreAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.SaveAsync(StoreFixtures.Plain($"Ceasefire talks, round {i}, ended without agreement."));
        }

        Assert.Equal(3, (await ToListAsync(store.SearchAsync("ceasefire", limit: 3))).Count);
        Assert.Equal(5, (await ToListAsync(store.SearchAsync("ceasefire"))).Count);
    }

    // ---- list and count ----

    [Fact]
    public async Task An_empty_store_counts_zero_and_lists_nothing()
    {
        await using var store = await CreateStoreAsync();

        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(await ToListAsync(store.ListAsync(10)));
        Assert.Empty(await ToListAsync(store.GetAnnotationsAsync(Layers.Quotes)));
    }

    [Fact]
    public async Task List_puts_the_newest_published_first_and_undated_documents_last()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.WithQuote("undated-older", "Ana Ruiz", "We wait.", published: null));
        await store.SaveAsync(StoreFixtures.WithQuote("march", "Ana Ruiz", "Spring will tell.", new DateOnly(2025, 3, 1)));
        await store.SaveAsync(StoreFixtures.WithQuote("november-a", "Ana Ruiz", "Not this week.", new DateOnly(2025, 11, 20)));
        await store.SaveAsync(StoreFixtures.WithQuote("undated-newer", "Ana Ruiz", "We still wait.", published: null));
        await store.SaveAsync(StoreFixtures.WithQuote("november-b", "Ana Ruiz", "Maybe next week.", new DateOnly(2025, 11, 20)));
        await store.SaveAsync(StoreFixtures.WithQuote("june", "Ana Ruiz", "Summer is long.", new DateOnly(2025, 6, 15)));

        var listed = await ToListAsync(store.ListAsync(10));

        // Same date or no date: the one stored later comes first.
        Assert.Equal(["november-b", "november-a", "june", "march", "undated-newer", "undated-older"], listed.Select(d => d.Id));
        Assert.Equal(6, await store.CountAsync());
    }

    [Fact]
    public async Task List_pages_with_limit_and_offset()
    {
        await using var store = await CreateStoreAsync();
        for (var day = 1; day <= 5; day++)
        {
            await store.SaveAsync(StoreFixtures.WithQuote($"day-{day}", "Ana Ruiz", $"Statement number {day}.", new DateOnly(2025, 10, day)));
        }

        var second = await ToListAsync(store.ListAsync(limit: 2, offset: 2));
        var beyond = await ToListAsync(store.ListAsync(limit: 2, offset: 5));

        Assert.Equal(["day-3", "day-2"], second.Select(d => d.Id));
        Assert.Empty(beyond);
    }

    [Fact]
    public async Task Listed_documents_carry_metadata_length_hash_and_storage_time()
    {
        await using var store = await CreateStoreAsync();
        var document = StoreFixtures.ChannelPost();
        var before = DateTimeOffset.UtcNow;
        await store.SaveAsync(document);
        var after = DateTimeOffset.UtcNow;

        var listed = Assert.Single(await ToListAsync(store.ListAsync(10)));

        Assert.Equal(document.Id, listed.Id);
        Assert.Equal(document.ContentHash, listed.ContentHash);
        Assert.Equal(document.Text.Length, listed.Length);
        AssertSameMetadata(document.Metadata, listed.Metadata);
        Assert.InRange(listed.StoredAt, before.AddSeconds(-1), after.AddSeconds(1));
    }

    // ---- annotations across documents ----

    [Fact]
    public async Task GetAnnotations_streams_every_annotation_of_the_layer_with_its_document_and_text()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.WithQuote("wire-1", "Maria Kessler", "We will not sign anything this week."));
        await store.SaveAsync(StoreFixtures.Plain("A document without a quotes layer at all."));
        await store.SaveAsync(StoreFixtures.Analysis());
        await store.SaveAsync(StoreFixtures.WithQuote("wire-2", "Tomas Brandt", "The draft is dead on arrival."));

        var quotes = await ToListAsync(store.GetAnnotationsAsync(Layers.Quotes));

        Assert.Equal(
            [
                ("wire-1", "Maria Kessler", "We will not sign anything this week."),
                ("meridian-2025-11-20", "A senior European diplomat", "reads like a list of Moscow's wishes."),
                ("wire-2", "Tomas Brandt", "The draft is dead on arrival."),
            ],
            quotes.Select(q => (q.Document.Id, q.Annotation.Speaker, q.Text)));
        Assert.Equal("The Meridian Review", quotes[1].Document.Metadata.Outlet);
        Assert.Equal(StoreFixtures.Analysis().Get(Layers.Quotes)[0], quotes[1].Annotation);
    }

    [Fact]
    public async Task Roles_come_back_with_their_person_role_and_rule_and_stream_across_documents()
    {
        await using var store = await CreateStoreAsync();
        const string text = "Finnish President Alexander Stubb, 57, met the press.";
        var document = new Document("roles-1", text)
            .With(Layers.Entities, [new EntityMention(18, 33, EntityType.Person, "Alexander Stubb", "test")])
            .With(Layers.Roles,
            [
                new PersonRole(0, 17, "Alexander Stubb", "Finnish President", "title-before-name"),
                new PersonRole(33, 37, "Alexander Stubb", "age 57", "age"),
            ]);

        await store.SaveAsync(document);
        var loaded = await store.GetAsync("roles-1");
        var streamed = await ToListAsync(store.GetAnnotationsAsync(Layers.Roles));

        Assert.NotNull(loaded);
        Assert.Equal(document.Get(Layers.Roles).ToList(), loaded.Get(Layers.Roles).ToList());
        Assert.Equal([("roles-1", "Finnish President", "title-before-name", "Finnish President"), ("roles-1", "age 57", "age", ", 57")],
            streamed.Select(r => (r.Document.Id, r.Annotation.Role, r.Annotation.Rule, r.Text)));
    }

    [Fact]
    public async Task GetAnnotations_reads_many_documents_in_storage_order()
    {
        await using var store = await CreateStoreAsync();
        var ids = Enumerable.Range(0, 75).Select(i => $"doc-{i:D3}").ToList();
        foreach (var id in ids)
        {
            await store.SaveAsync(StoreFixtures.WithQuote(id, "Ana Ruiz", $"Statement {id}."));
        }

        var quotes = await ToListAsync(store.GetAnnotationsAsync(Layers.Quotes));

        Assert.Equal(ids, quotes.Select(q => q.Document.Id));
        Assert.All(quotes, q => Assert.Equal($"Statement {q.Document.Id}.", q.Text));
    }

    [Fact]
    public async Task GetAnnotations_of_a_layer_no_document_has_is_empty()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.ChannelPost());

        Assert.Empty(await ToListAsync(store.GetAnnotationsAsync(Layers.Forecasts)));
    }

    [Fact]
    public async Task The_store_can_be_used_while_a_stream_is_being_read()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.Analysis());
        await store.SaveAsync(StoreFixtures.ChannelPost());

        var seen = new List<string>();
        await foreach (var entity in store.GetAnnotationsAsync(Layers.Entities))
        {
            var document = await store.GetAsync(entity.Document.Id);
            seen.Add(document!.TextOf(entity.Annotation));
        }

        await foreach (var listed in store.ListAsync(10))
        {
            await store.SaveAsync(StoreFixtures.Plain($"A note written while listing {listed.Id}."));
        }

        Assert.Equal(7, seen.Count);
        Assert.Equal(4, await store.CountAsync());
    }

    // ---- cancellation ----

    [Fact]
    public async Task A_cancelled_token_stops_every_operation_and_saves_nothing()
    {
        await using var store = await CreateStoreAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(StoreFixtures.Analysis(), token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("meridian-2025-11-20", token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CountAsync(token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(store.ListAsync(10, 0, token)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(store.SearchAsync("plan", 20, token)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(store.GetAnnotationsAsync(Layers.Quotes, token)));

        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task Cancelling_while_reading_a_stream_stops_it()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveAsync(StoreFixtures.Analysis());
        await store.SaveAsync(StoreFixtures.ChannelPost());
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in store.GetAnnotationsAsync(Layers.Entities, cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, read);
    }

    // ---- threads ----

    [Fact]
    public async Task Saves_from_several_threads_at_once_store_each_text_exactly_once()
    {
        await using var store = await CreateStoreAsync();
        var distinct = Enumerable.Range(0, 40)
            .Select(i => StoreFixtures.WithQuote($"parallel-{i:D2}", "Ana Ruiz", $"Statement number {i} on the talks."))
            .ToList();
        // Every text is saved three times, from different tasks, interleaved with reads.
        var work = distinct.Concat(distinct).Concat(distinct).ToList();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(string Id, SaveOutcome Outcome)>();

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (document, ct) =>
        {
            outcomes.Add((document.Id, await store.SaveAsync(document, ct)));
            await store.CountAsync(ct);
            await ToListAsync(store.SearchAsync("talks", 5, ct));
        });

        Assert.Equal(40, await store.CountAsync());
        Assert.All(outcomes.GroupBy(o => o.Id), group =>
        {
            Assert.Equal(1, group.Count(o => o.Outcome == SaveOutcome.Added));
            Assert.Equal(2, group.Count(o => o.Outcome == SaveOutcome.AlreadyStored));
        });
        foreach (var document in distinct)
        {
            AssertSameDocument(document, (await store.GetAsync(document.Id))!);
        }

        Assert.Equal(40, (await ToListAsync(store.GetAnnotationsAsync(Layers.Quotes))).Count);
    }

    // ---- helpers ----

    protected static readonly IReadOnlyDictionary<string, DocumentMetadata> MetadataByName = new Dictionary<string, DocumentMetadata>
    {
        ["empty"] = DocumentMetadata.Empty,
        ["outlet only"] = new() { Outlet = "Wire Desk" },
        ["date only"] = new() { Published = new DateOnly(1999, 12, 31) },
        ["everything"] = StoreFixtures.Analysis().Metadata with { ForwardedFrom = "Frontline Notes" },
        ["extras with odd keys and values"] = new()
        {
            Language = "uk",
            Extra = ImmutableSortedDictionary<string, string>.Empty
                .Add("", "empty key")
                .Add("quote\"key", "value with \"quotes\" and \\ backslash")
                .Add("unicode", "Київ 🇺🇦")
                .Add("empty value", ""),
        },
    };

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    protected static void AssertSameDocument(Document expected, Document actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
        AssertSameMetadata(expected.Metadata, actual.Metadata);
        Assert.Equal(expected.LayerKeys.Select(k => k.Name), actual.LayerKeys.Select(k => k.Name));
        foreach (var key in expected.LayerKeys)
        {
            Assert.Equal(expected.GetUntyped(key), actual.GetUntyped(key));
        }
    }

    protected static void AssertSameMetadata(DocumentMetadata expected, DocumentMetadata actual)
    {
        // Records compare Extra by reference, so compare it by content and the rest as a record.
        Assert.Equal(expected with { Extra = ImmutableSortedDictionary<string, string>.Empty }, actual with { Extra = ImmutableSortedDictionary<string, string>.Empty });
        Assert.Equal(expected.Extra, actual.Extra);
    }

    /// <summary>The analysis, the channel post, a text with "peace" and "plan" apart, and an unrelated wire item.</summary>
    private static async Task SaveSearchCorpusAsync(IDocumentStore store)
    {
        await store.SaveAsync(StoreFixtures.Analysis());
        await store.SaveAsync(StoreFixtures.ChannelPost());
        await store.SaveAsync(new Document("scattered-words", "Any plan for the region must start with a lasting peace between neighbours."));
        await store.SaveAsync(StoreFixtures.WithQuote("wire-1187", "Maria Kessler", "We will not sign anything this week."));
    }
}
