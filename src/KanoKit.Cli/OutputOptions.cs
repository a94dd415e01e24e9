using System.CommandLine;
using System.Globalization;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Plots;
using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Cli;

/// <summary>The options that say how <c>analyze</c> writes its report: format, file and feature order.</summary>
internal sealed class OutputOptions
{
    private static readonly string[] Formats = ["table", "json", "md", "csv", "html"];

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "Output: table (aligned text with a legend), json (result schema v1), md (Markdown), csv (full precision), html (self-contained report with charts). Default: from the --output extension, else table.",
    };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write to this file instead of standard output (.txt, .json, .md, .csv, .html set the format)." };

    public Option<string> Sort { get; } = new("--sort") { Description = "Feature order: source, category (must-be first, then by share), better, worse, name.", DefaultValueFactory = _ => "source" };

    public OutputOptions()
    {
        Format.AcceptOnlyFromAmong(Formats);
        Sort.AcceptOnlyFromAmong("source", "category", "better", "worse", "name");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Sort);
    }

    /// <summary>The format stated, else the one the output file's extension implies, else table.</summary>
    public string FormatOf(ParseResult parse)
    {
        if (parse.GetValue(Format) is { } format)
        {
            return format;
        }

        return Path.GetExtension(parse.GetValue(Output) ?? string.Empty).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".md" or ".markdown" => "md",
            ".csv" => "csv",
            ".html" or ".htm" => "html",
            _ => "table",
        };
    }

    /// <summary>Writes the report in the chosen format and order, to the output file or to <paramref name="standardOutput"/>.</summary>
    public void Write(ParseResult parse, KanoReport report, TextWriter standardOutput)
    {
        var order = Enum.Parse<FeatureOrder>(parse.GetValue(Sort)!, ignoreCase: true);
        report = report.Sorted(order);
        string? path = parse.GetValue(Output);
        try
        {
            using var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            Write(FormatOf(parse), report, (TextWriter?)file ?? standardOutput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Named for the message KanoCommand writes: a full disk says nothing of which file it filled.
            throw new IOException($"cannot write {(path is null ? "standard output" : $"'{path}'")}: {KanoCommand.Describe(e)}", e);
        }
    }

    private static void Write(string format, KanoReport report, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(KanoJson.Serialize(report));
                break;
            case "md":
                KanoMarkdown.Write(report, writer);
                break;
            case "csv":
                KanoCsv.Write(report, writer);
                break;
            case "html":
                KanoChartedHtml.Write(report, writer);
                break;
            default:
                TextTable(report, writer);
                break;
        }
    }

    /// <summary>The aligned table of every analysis, then the legend and the tie rule in words.</summary>
    private static void TextTable(KanoReport report, TextWriter writer)
    {
        ReportTable.Write(report, writer);
        foreach (var segment in report.Segments)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{segment.Column} = {segment.Value} ({segment.Respondents} respondents)"));
            ReportTable.Write(report with { Features = segment.Features, Respondents = segment.Respondents, Segments = [] }, writer);
        }

        writer.WriteLine();
        writer.WriteLine("Legend:");
        var extra = KanoLegend.Extra(report);
        int width = Math.Max(7, extra.Count == 0 ? 0 : extra.Max(e => e.Term.Length));
        foreach (var (term, meaning) in KanoLegend.Entries.Concat(extra))
        {
            writer.WriteLine($"  {term.PadRight(width)} {meaning}");
        }

        writer.WriteLine($"  {"*".PadRight(width)} {KanoLegend.TieRule(report.Settings)}");
    }
}
