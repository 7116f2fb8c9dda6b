using Provenance.Pipeline;

namespace Provenance.Time;

/// <summary>Registers the <see cref="TimeAnnotator"/> (the <c>timex</c> layer) on a pipeline builder.</summary>
public static class TimePipelineExtensions
{
    public static PipelineBuilder AddTime(this PipelineBuilder builder, TimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new TimeAnnotator(options));
    }
}
