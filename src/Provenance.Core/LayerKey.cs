namespace Provenance.Core;

/// <summary>
/// Names a typed annotation layer. Annotators declare the layers they require and produce with these
/// keys, and the pipeline checks the declarations when it is built. The <see cref="Name"/> is the key of
/// the layer in the JSON form (<c>layers.quotes</c>) and in the store.
/// </summary>
public abstract class LayerKey : IEquatable<LayerKey>
{
    private protected LayerKey(string name, Type elementType, bool allowsOverlap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ElementType = elementType;
        AllowsOverlap = allowsOverlap;
    }

    public string Name { get; }

    public Type ElementType { get; }

    /// <summary>When false, <see cref="Document.With{T}"/> rejects two annotations whose spans overlap.</summary>
    public bool AllowsOverlap { get; }

    public bool Equals(LayerKey? other) => other is not null && other.Name == Name;

    public override bool Equals(object? obj) => obj is LayerKey other && Equals(other);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;

    /// <summary>Sets this layer on <paramref name="document"/> from untyped annotations (used by deserialisers).</summary>
    public abstract Document SetOn(Document document, IEnumerable<IAnnotation> annotations);
}

/// <summary>A layer whose annotations are of type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey where T : IAnnotation
{
    public LayerKey(string name, bool allowsOverlap) : base(name, typeof(T), allowsOverlap)
    {
    }

    public override Document SetOn(Document document, IEnumerable<IAnnotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(this, annotations.Cast<T>());
    }
}
