using Provenance.Core.Annotations;

namespace Provenance.Time;

/// <summary>
/// What a rule read from a match: the TIMEX3 type and value, and the calendar day it names when it names one
/// (that day becomes the anchor for later "two days later", "the next day"), and the fiscal period it names when
/// it names a quarter or half year (the anchor for later "the quarter", "a year earlier", "the year-ago period").
/// </summary>
public sealed record TimexReading(TimexType Type, string Value, DateOnly? Day = null, FiscalPeriod? Period = null);
