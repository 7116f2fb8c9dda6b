using Provenance.Core;

namespace Provenance.Pipeline;

/// <summary>The result of running the pipeline on one document: the annotated document, or the failure.</summary>
public sealed record PipelineOutcome
{
    private PipelineOutcome(Document input, Document? annotated, AnnotatorException? error)
    {
        Input = input;
        Annotated = annotated;
        Error = error;
    }

    /// <summary>The document as it entered the pipeline.</summary>
    public Document Input { get; }

    public Document? Annotated { get; }

    public AnnotatorException? Error { get; }

    public bool Succeeded => Annotated is not null;

    public static PipelineOutcome Success(Document annotated) => new(annotated, annotated, null);

    public static PipelineOutcome Failure(Document input, AnnotatorException error) => new(input, null, error);
}
