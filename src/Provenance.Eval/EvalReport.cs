namespace Provenance.Eval;

/// <summary>
/// The result of an <c>eval</c> run: the micro-averaged <see cref="Total"/>, the score of each document, and the
/// files or documents that could not be scored. Written as JSON by <see cref="EvalReportJson"/>, as rows by
/// <see cref="EvalTable"/> and as plain text by <see cref="EvalTextRenderer"/>.
/// </summary>
public sealed record EvalReport(CorpusScore Total, IReadOnlyList<DocumentScore> Documents, IReadOnlyList<EvalProblem> Problems)
{
    /// <summary>A report over the given document scores, totalled with <see cref="Scorer.Aggregate"/>.</summary>
    public static EvalReport From(IEnumerable<DocumentScore> documents, IEnumerable<EvalProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        return new EvalReport(Scorer.Aggregate(list), list, problems?.ToList() ?? []);
    }
}
