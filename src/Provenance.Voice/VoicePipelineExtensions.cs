using Provenance.Pipeline;

namespace Provenance.Voice;

/// <summary>Registers the <see cref="VoiceAnnotator"/>, which refines the blocks layer made by segmentation.</summary>
public static class VoicePipelineExtensions
{
    public static PipelineBuilder AddVoice(this PipelineBuilder builder, VoiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new VoiceAnnotator(options));
    }
}
