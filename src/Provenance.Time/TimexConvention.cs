namespace Provenance.Time;

/// <summary>
/// Which annotation convention the default rules follow where conventions differ. Both are TimeML TIMEX3; they
/// differ on which reference adverbs count as timexes.
/// </summary>
public enum TimexConvention
{
    /// <summary>
    /// The project's guidelines (shared/gold/GUIDELINES.md): "previously", "soon", "formerly" and a clause-opening
    /// "Earlier," are timexes (<c>PAST_REF</c>/<c>FUTURE_REF</c>), as analysts want them.
    /// </summary>
    Guidelines,

    /// <summary>
    /// TimeBank/TempEval-3 practice: of the reference adverbs only "now", "currently", "recently" and "the future"
    /// are tagged (TimeBank leaves "previously" untagged in 20 of 23 uses and "soon" in 14 of 18).
    /// </summary>
    TimeBank,
}
