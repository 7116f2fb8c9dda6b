namespace Provenance.Eval;

/// <summary>A file or document that could not be scored, and why; reports list these so that nothing vanishes silently.</summary>
public sealed record EvalProblem(string Source, string Message);
