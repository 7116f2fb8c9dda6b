namespace Provenance.Eval;

/// <summary>Whether the analyser produced a layer that gold annotates, so a table can tell "empty" from "never ran".</summary>
public enum LayerProduction
{
    /// <summary>Every scored document's prediction has the layer (possibly empty).</summary>
    Produced,

    /// <summary>No scored document's prediction has the layer: its zeros say nothing about the annotator.</summary>
    NotProduced,

    /// <summary>Some documents' predictions have the layer and some do not.</summary>
    PartlyProduced,
}
