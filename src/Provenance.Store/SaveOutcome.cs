namespace Provenance.Store;

public enum SaveOutcome
{
    /// <summary>The document was new and is now stored.</summary>
    Added,

    /// <summary>A document with the same content hash was already stored; nothing changed.</summary>
    AlreadyStored,
}
