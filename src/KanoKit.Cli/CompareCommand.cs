using System.CommandLine;
using System.Globalization;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Writing;

namespace KanoKit.Cli;

/// <summary>
/// <c>kanokit compare &lt;file&gt; --segment &lt;column&gt;</c> compares the values of a segment column;
/// <c>kanokit compare wave1.csv wave2.csv [...] [--labels 2024,2025]</c> compares waves, matched by feature name.
/// Both test per feature whether the category shares differ (χ², Cramér's V, optional Monte-Carlo and Holm-adjusted
/// p) and give each group's Better and Worse with their differences to the rest of the sample or the previous wave.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new InputOptions();
        input.Segment.Description = "With one file: the segment column whose values are compared, each against the rest of the sample.";
        var files = new Argument<string[]>("files")
        {
            Description = "One survey file (with --segment), or two or more files of the same survey's waves, in order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommandOptions.Choice("--format", "Output: table (aligned text with a legend), json (comparison schema v1), md (Markdown).", "table", "table", "json", "md");
        var labels = new Option<string?>("--labels") { Description = "With waves: their labels, comma-separated, one per file (default: the file names)." };
        var holm = new Option<bool>("--holm") { Description = "Adjust the features' p-values by Holm's method (the Monte-Carlo ones with --simulate)." };
        var simulate = CommandOptions.AtLeast(
            new Option<int?>("--simulate") { Description = "Also compute a Monte-Carlo p-value from this many random tables with the same totals, e.g. 2000 (as R's chisq.test(simulate.p.value = TRUE))." },
            1,
            "a number of random tables, e.g. 2000");
        var seed = new Option<ulong>("--seed") { Description = "The seed of every random step (Monte-Carlo p-values, bootstrap); the same seed gives the same numbers.", DefaultValueFactory = _ => KanoOptions.DefaultSeed };
        var confidence = CommandOptions.Within("--confidence", "Confidence level of intervals.", 0.95, 0.5, 0.999999, "a confidence level between 0.5 and 0.999999, e.g. 0.95");
        var intervals = CommandOptions.Choice("--intervals", "Intervals of Better and Worse: wilson, exact (Clopper–Pearson) or bootstrap (also for the differences; Newcombe's interval otherwise).", "wilson", "wilson", "exact", "bootstrap");
        var resamples = CommandOptions.AtLeast(
            new Option<int?>("--resamples") { Description = "With --intervals bootstrap: resamples per feature and group (default 2000)." },
            1,
            "a number of resamples, e.g. 2000");
        var table = CommandOptions.Choice("--table", "The evaluation table: standard or pouliot.", "standard", "standard", "pouliot");

        var command = new Command("compare", "Compare segments of one survey (--segment) or waves of a repeated survey: per feature a test of the category shares, and Better and Worse with their differences.");
        command.Arguments.Add(files);
        input.AddOptionsTo(command);
        foreach (Option option in (Option[])[format, labels, holm, simulate, seed, confidence, intervals, resamples, table])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            string[] paths = result.GetValue(files) ?? [];
            string[] segments = result.GetValue(input.Segment) ?? [];
            if (segments.Length > 1)
            {
                result.AddError("--segment: compare takes one segment column (expected --segment <column> once).");
            }

            if (paths.Length == 1 && segments.Length == 0)
            {
                result.AddError("compare needs --segment <column> with one file, or two or more wave files.");
            }

            if (paths.Length > 1 && segments.Length > 0)
            {
                result.AddError("--segment compares the values of a column within one file; with several files (waves) leave it out.");
            }

            if (result.GetValue(labels) is { } text)
            {
                string[] given = Labels(text);
                if (paths.Length < 2)
                {
                    result.AddError("--labels names waves: give two or more files.");
                }
                else if (given.Length != paths.Length)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"--labels: {KanoCommand.Counted(given.Length, "label")} for {paths.Length} files (expected one label per file, comma-separated)."));
                }
                else if (given.Any(string.IsNullOrEmpty) || given.Distinct(StringComparer.Ordinal).Count() != given.Length)
                {
                    result.AddError("--labels: labels are non-empty and distinct (expected e.g. --labels 2024,2025).");
                }
            }

            if (result.GetValue(resamples) is > 10_000_000 || result.GetValue(simulate) is > 10_000_000)
            {
                result.AddError("--resamples and --simulate are at most 10,000,000.");
            }
        });

        command.SetAction(parse =>
        {
            var method = parse.GetValue(intervals) switch
            {
                "exact" => IntervalMethod.ClopperPearson,
                "bootstrap" => IntervalMethod.Bootstrap,
                _ => IntervalMethod.Wilson,
            };
            var analysis = KanoOptions.Default with
            {
                Table = parse.GetValue(table) == "pouliot" ? EvaluationTable.Pouliot : EvaluationTable.Standard,
                Confidence = parse.GetValue(confidence),
                IntervalMethod = method,
                Resamples = parse.GetValue(resamples) ?? KanoOptions.Default.Resamples,
                Seed = parse.GetValue(seed),
            };
            var options = new ComparisonOptions { Analysis = analysis, MonteCarloResamples = parse.GetValue(simulate), Holm = parse.GetValue(holm) };
            string[] paths = parse.GetValue(files)!;
            ComparisonReport comparison;
            if (paths.Length == 1)
            {
                string column = parse.GetValue(input.Segment)![0];
                if (!KanoCommand.TryRead(paths[0], parse, input, ReadMode.Strict, error, out var data))
                {
                    return KanoCommand.BadInput;
                }

                if (!data.Tallies.Segments.Any(s => s.Column == column))
                {
                    // Published counts hold no respondents, so no segment can be read from them.
                    error.WriteLine($"{paths[0]}:1:1: no segment column '{column}' was read (expected a file with answers per respondent and a column '{column}')");
                    return KanoCommand.BadInput;
                }

                comparison = KanoComparison.BySegment(data.Tallies, column, options);
            }
            else
            {
                string[] names = parse.GetValue(labels) is { } text ? Labels(text) : DefaultLabels(paths);
                var waves = new List<(string, Tallies.SurveyTallies)>(paths.Length);
                for (int i = 0; i < paths.Length; i++)
                {
                    if (!KanoCommand.TryRead(paths[i], parse, input, ReadMode.Strict, error, out var data))
                    {
                        return KanoCommand.BadInput;
                    }

                    waves.Add((names[i], data.Tallies));
                }

                comparison = KanoComparison.Waves(waves, options);
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(KanoComparisonJson.Serialize(comparison));
                    break;
                case "md":
                    ComparisonMarkdown.Write(comparison, output);
                    break;
                default:
                    ComparisonTable.Write(comparison, output);
                    break;
            }

            return KanoCommand.Ok;
        });
        return command;
    }

    private static string[] Labels(string text) => [.. text.Split(',', StringSplitOptions.TrimEntries)];

    /// <summary>The file names; where two files share a name, each is followed by its position (#1, #2, …).</summary>
    private static string[] DefaultLabels(string[] paths)
    {
        string[] names = [.. paths.Select(Path.GetFileName).Select(n => n ?? string.Empty)];
        return [.. names.Select((name, i) => names.Count(n => n == name) > 1 ? string.Create(CultureInfo.InvariantCulture, $"{name}#{i + 1}") : name)];
    }
}
