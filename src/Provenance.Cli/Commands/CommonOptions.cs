using System.CommandLine;
using System.Globalization;
using Provenance.Ingest;
using Provenance.Pipeline;

namespace Provenance.Cli.Commands;

/// <summary>Options several commands share; each call makes a fresh option for one command.</summary>
internal static class CommonOptions
{
    /// <summary>More workers than this only adds memory: every worker holds documents in flight.</summary>
    private const int MaxWorkers = 256;

    public static Argument<string[]> Paths() => new("path")
    {
        Description = "Files, folders (read recursively), .zip archives, feeds (.xml/.rss/.atom), Telegram exports (result.json) or corpus JSON files.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Outlet() => new("--outlet")
    {
        Description = "Use this outlet for every document, whatever the source says.",
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Use this published date (YYYY-MM-DD) for every document; relative dates resolve against it.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError(System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$")
                ? $"--published: '{text}' is not a date on the calendar."
                : $"--published expects a date as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    public static Option<int> MaxChars() => new("--max-chars")
    {
        Description = "Largest document accepted, in characters; larger ones are reported as failures, never truncated.",
        DefaultValueFactory = _ => IngestOptions.Default.MaxDocumentChars,
        Validators = { AtLeast(1, "--max-chars") },
    };

    public static Option<int> Workers() => new("--workers")
    {
        Description = "Documents analysed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { AtLeast(1, "--workers"), AtMost(MaxWorkers, "--workers") },
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store file.",
        DefaultValueFactory = _ => "provenance.db",
    };

    public static Option<int> Limit() => new("--limit")
    {
        Description = "Most rows shown.",
        DefaultValueFactory = _ => 50,
        Validators = { AtLeast(1, "--limit") },
    };

    /// <summary>A validator for an integer option: it must be at least <paramref name="minimum"/>.</summary>
    public static Action<System.CommandLine.Parsing.OptionResult> AtLeast(int minimum, string name) => result =>
    {
        if (TryGetInt(result, out var value) && value < minimum)
        {
            result.AddError($"{name} must be at least {minimum}.");
        }
    };

    public static Action<System.CommandLine.Parsing.OptionResult> AtMost(int maximum, string name) => result =>
    {
        if (TryGetInt(result, out var value) && value > maximum)
        {
            result.AddError($"{name} must be at most {maximum}.");
        }
    };

    /// <summary>
    /// The option's integer, or false when the text is not one ("abc", "1e6"): the parser reports that error
    /// itself, so a range validator has nothing to add.
    /// </summary>
    private static bool TryGetInt(System.CommandLine.Parsing.OptionResult result, out int value)
    {
        try
        {
            value = result.GetValueOrDefault<int>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = 0;
            return false;
        }
    }

    public static IngestOptions IngestOptionsFrom(ParseResult parse, Option<string?> outlet, Option<DateOnly?> published, Option<int> maxChars) => new()
    {
        Outlet = parse.GetValue(outlet),
        Published = parse.GetValue(published),
        MaxDocumentChars = parse.GetValue(maxChars),
    };

    public static PipelineRunOptions RunOptionsFrom(ParseResult parse, Option<int> workers) =>
        new() { Workers = Math.Max(1, parse.GetValue(workers)) };
}
