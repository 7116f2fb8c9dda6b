using System.Globalization;
using System.Text;

namespace Provenance.Eval;

/// <summary>
/// Renders an <see cref="EvalReport"/> as plain-text tables with aligned columns (the total, then optionally
/// every document, then problems), for logs and terminals without Spectre.Console. Numbers have three decimals.
/// </summary>
public static class EvalTextRenderer
{
    public static string Render(EvalReport report, bool includeDocuments = true)
    {
        var table = EvalTable.From(report);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Scored {table.Documents} document{(table.Documents == 1 ? "" : "s")}.").AppendLine();
        builder.AppendLine();
        AppendRows(builder, table.TotalRows, withDocument: false);
        if (includeDocuments && table.DocumentRows.Count > 0)
        {
            builder.AppendLine();
            builder.AppendLine("Per document:");
            AppendRows(builder, table.DocumentRows, withDocument: true);
        }

        if (table.Problems.Count > 0)
        {
            builder.AppendLine();
            builder.Append(CultureInfo.InvariantCulture, $"Not scored ({table.Problems.Count}):").AppendLine();
            foreach (var problem in table.Problems)
            {
                builder.Append("  ").AppendLine(problem.Message);
            }
        }

        return builder.ToString();
    }

    private static void AppendRows(StringBuilder builder, IReadOnlyList<EvalTableRow> rows, bool withDocument)
    {
        var header = (withDocument ? new[] { "document" } : []).Concat(EvalTable.Columns).ToArray();
        var cells = rows.Select(r => (withDocument ? new[] { r.DocumentId ?? "" } : []).Concat(
        [
            r.Layer, r.Metric, Number(r.Precision), Number(r.Recall), Number(r.F1),
            r.TruePositives.ToString(CultureInfo.InvariantCulture), r.Predicted.ToString(CultureInfo.InvariantCulture),
            r.Gold.ToString(CultureInfo.InvariantCulture), r.Note ?? "",
        ]).ToArray()).ToList();
        var widths = header.Select((h, i) => cells.Select(c => c[i].Length).Append(h.Length).Max()).ToArray();
        AppendLine(builder, header, widths);
        foreach (var row in cells)
        {
            AppendLine(builder, row, widths);
        }
    }

    private static void AppendLine(StringBuilder builder, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(cells[i].PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        builder.AppendLine(line.ToString().TrimEnd());
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
