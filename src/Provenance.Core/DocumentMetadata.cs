using System.Collections.Immutable;

namespace Provenance.Core;

/// <summary>
/// What is known about a document besides its text. Every field is optional: readers fill what the
/// source states, and the command line can override <see cref="Outlet"/> and <see cref="Published"/>.
/// </summary>
public sealed record DocumentMetadata
{
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The outlet, publisher or channel that published the document.</summary>
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }

    /// <summary>Publication date; relative dates in the text resolve against it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>news, commentary, analysis, social, ... as the source or the user states it.</summary>
    public string? Kind { get; init; }

    /// <summary>ISO 639-1 language code when known.</summary>
    public string? Language { get; init; }

    /// <summary>A story cluster label given by the source (the corpus format has one).</summary>
    public string? Cluster { get; init; }

    /// <summary>Where the document was read from: a path, an archive entry (<c>a.zip!/b.html</c>), a feed item.</summary>
    public string? SourcePath { get; init; }

    /// <summary>For a forwarded or reposted message: whom it was forwarded from.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>Reader-specific extras (feed title, message id, ...), kept so nothing the source said is lost.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
