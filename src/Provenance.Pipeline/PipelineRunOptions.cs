namespace Provenance.Pipeline;

/// <summary>How <see cref="AnnotationPipeline.RunAsync"/> spreads work.</summary>
public sealed record PipelineRunOptions
{
    public static PipelineRunOptions Default { get; } = new();

    /// <summary>Worker threads; one per core by default.</summary>
    public int Workers
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Workers), value, "At least one worker is needed.");
    } = Environment.ProcessorCount;

    /// <summary>Most documents read ahead or held for ordering at once; bounds memory on large inputs.</summary>
    public int Window
    {
        get => field == 0 ? Workers * 4 : field;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Window), value, "The window must hold at least one document.");
    }
}
