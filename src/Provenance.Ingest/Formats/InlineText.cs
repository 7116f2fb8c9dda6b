using Provenance.Core.Annotations;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Text produced from one piece of markup (a Markdown paragraph, an HTML element) with its markup spans,
/// whose offsets are relative to the start of <see cref="Text"/>.
/// </summary>
internal readonly record struct InlineText(string Text, IReadOnlyList<MarkupSpan> Markup);
