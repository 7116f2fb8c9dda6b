using System.Globalization;
using Provenance.Eval;
using Spectre.Console;

namespace Provenance.Cli.Rendering;

/// <summary>
/// Renders an <see cref="EvalTable"/>: every metric of the total, then one line per document with the main
/// F1 of each layer (voice accuracy for blocks, pair F1 for roles, relaxed F1 for the others).
/// </summary>
internal static class EvalTableRenderer
{
    public static void Render(IAnsiConsole console, EvalTable table, bool everyDocumentMetric)
    {
        console.MarkupLine($"[bold]Scores over {Plural.Of(table.Documents, "document")}[/] (micro-averaged; P/R/F1 as shared/gold/score.py computes them)");
        console.Write(MetricTable(table.TotalRows, withDocument: false));

        var layers = table.TotalRows.Select(r => r.Layer).Distinct().ToList();
        var perDocument = new Table().AddColumn("document");
        layers.ForEach(l => perDocument.AddColumn(new TableColumn(l).RightAligned()));
        foreach (var document in table.DocumentRows.GroupBy(r => r.DocumentId))
        {
            var cells = layers.Select(layer => MainCell(document.Where(r => r.Layer == layer).ToList()));
            perDocument.AddRow([new Text(document.Key ?? ""), .. cells]);
        }

        console.MarkupLine("[bold]Per document[/] (main F1 per layer; '-' = not annotated in gold, 'n/p' = not produced)");
        console.Write(perDocument);

        if (everyDocumentMetric)
        {
            console.Write(MetricTable(table.DocumentRows, withDocument: true));
        }

        foreach (var problem in table.Problems)
        {
            // Reader messages often name the file already; do not say it twice.
            var message = problem.Message.StartsWith(problem.Source, StringComparison.Ordinal) ? problem.Message : $"{problem.Source}: {problem.Message}";
            console.MarkupLineInterpolated($"[red]problem[/] {message}");
        }
    }

    private static Table MetricTable(IEnumerable<EvalTableRow> rows, bool withDocument)
    {
        var result = new Table();
        if (withDocument)
        {
            result.AddColumn("document");
        }

        foreach (var column in EvalTable.Columns)
        {
            result.AddColumn(column is "layer" or "metric" or "note" ? new TableColumn(column) : new TableColumn(column).RightAligned());
        }

        foreach (var row in CollapseNotProduced(rows))
        {
            List<string> cells =
            [
                row.Layer, row.Metric, F(row.Precision), F(row.Recall), F(row.F1),
                I(row.TruePositives), I(row.Predicted), I(row.Gold), row.Note ?? "",
            ];
            if (withDocument)
            {
                cells.Insert(0, row.DocumentId ?? "");
            }

            result.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        return result;
    }

    /// <summary>A layer the pipeline did not produce shows as one row, not as a column of zeros.</summary>
    private static IEnumerable<EvalTableRow> CollapseNotProduced(IEnumerable<EvalTableRow> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.DocumentId, r.Layer)))
        {
            var first = group.First();
            if (first.Production == LayerProduction.NotProduced)
            {
                yield return first with { Metric = "-" };
            }
            else
            {
                foreach (var row in group)
                {
                    yield return row;
                }
            }
        }
    }

    private static Text MainCell(IReadOnlyList<EvalTableRow> rows)
    {
        if (rows.Count == 0)
        {
            return new Text("-");
        }

        if (rows[0].Production == LayerProduction.NotProduced)
        {
            return new Text("n/p");
        }

        var main = rows.FirstOrDefault(r => r.Metric is MetricNames.Voice or MetricNames.Pairs)
            ?? rows.FirstOrDefault(r => r.Metric == MetricNames.Relaxed)
            ?? rows[0];
        return new Text(F(main.F1));
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
