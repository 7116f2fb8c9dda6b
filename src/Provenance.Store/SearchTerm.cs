namespace Provenance.Store;

/// <summary>
/// One part of a <see cref="SearchQuery"/>: a word, or a phrase whose words must occur next to each other in
/// this order. <see cref="IsPrefix"/> asks for words that start with <see cref="Text"/> (the user wrote
/// <c>sanction*</c>). <see cref="Text"/> is user text, never syntax: stores quote it for their own engine.
/// </summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix = false);
