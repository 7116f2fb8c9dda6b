using System.Globalization;

namespace Provenance.Cli.Rendering;

/// <summary>"1 document", "3 documents": counts in messages read as English.</summary>
internal static class Plural
{
    public static string Of(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
