namespace Provenance.Time.Evaluation;

/// <summary>A gold TIMEX3 of a TempEval document: its span in the plain text (UTF-16, end excluded), type, value and text.</summary>
public sealed record TempEvalTimex(int Start, int End, string Type, string Value, string Text);
