using System.CommandLine;
using System.Globalization;
using KanoKit.Excel;
using KanoKit.IO;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Cli;

/// <summary>The <c>kanokit</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
internal static class KanoCommand
{
    /// <summary>Success (for <c>validate</c>: the input is clean).</summary>
    public const int Ok = 0;

    /// <summary>The command line itself was wrong (System.CommandLine's own code).</summary>
    public const int UsageError = 1;

    /// <summary>The input could not be read (or, for <c>validate</c>, has problems).</summary>
    public const int BadInput = 2;

    /// <summary>A defect in KanoKit itself (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("KanoKit: Kano-model requirements analysis of survey data.");
        root.Subcommands.Add(AnalyzeCommand(output, error));
        root.Subcommands.Add(ValidateCommand(output, error));
        root.Subcommands.Add(TallyCommands.Tally(output, error));
        root.Subcommands.Add(TallyCommands.Merge(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input (bad input is exit code 2): one line, not a stack trace, and a distinct code.
            error.WriteLine($"kanokit: internal error: {e.GetType().Name}: {FirstLine(e.Message)} (please report this with the input that caused it)");
            return InternalError;
        }
    }

    private static Command AnalyzeCommand(TextWriter output, TextWriter error)
    {
        var input = new InputOptions();
        var format = new Option<string>("--format") { Description = "Output: an aligned table, or result JSON schema v1.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lenient = new Option<bool>("--lenient") { Description = "Count unreadable answers as rejected and go on, instead of stopping at the first problem." };
        var table = new Option<string>("--table") { Description = "The evaluation table.", DefaultValueFactory = _ => "standard" };
        var sources = new DataSourceOptions(table);
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of intervals.", DefaultValueFactory = _ => 0.95 };
        var fongZ = new Option<double>("--fong-z") { Description = "The normal quantile of Fong's test.", DefaultValueFactory = _ => Fong.DefaultZ };
        var tieBand = new Option<double>("--tie-band") { Description = "Categories within this many percentage points of the top one tie (0: exact ties).", DefaultValueFactory = _ => 0 };
        var quadrant = new Option<string>("--quadrant") { Description = "Split the Better–Worse diagram at 0.5 or at the feature means.", DefaultValueFactory = _ => "fixed" };
        quadrant.AcceptOnlyFromAmong("fixed", "means");

        var command = new Command("analyze", "Analyse a Kano survey: categories, Better/Worse, Fong's test, continuous scores, intervals.");
        input.AddTo(command);
        sources.AddTo(command, input.File);
        foreach (Option option in (Option[])[format, lenient, table, confidence, fongZ, tieBand, quadrant])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            KanoOptions options;
            try
            {
                options = KanoOptions.Default with
                {
                    Table = sources.Evaluation(parse) == "pouliot" ? EvaluationTable.Pouliot : EvaluationTable.Standard,
                    Confidence = parse.GetValue(confidence),
                    FongZ = parse.GetValue(fongZ),
                    TieRule = TieRule.Band(parse.GetValue(tieBand)),
                    QuadrantSplit = parse.GetValue(quadrant) == "means" ? QuadrantSplit.FeatureMeans : QuadrantSplit.Fixed,
                };
            }
            catch (ArgumentOutOfRangeException e)
            {
                error.WriteLine($"kanokit: {e.ParamName}: {FirstLine(e.Message)}");
                return UsageError;
            }

            if (!sources.TryRead(parse, input, parse.GetValue(lenient) ? ReadMode.Lenient : ReadMode.Strict, error, out var data, TryRead))
            {
                return BadInput;
            }

            var report = data.Analyze(options);
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(KanoJson.Serialize(report));
            }
            else
            {
                ReportTable.Write(report, output);
                foreach (var segment in report.Segments)
                {
                    output.WriteLine();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{segment.Column} = {segment.Value} ({segment.Respondents} respondents)"));
                    ReportTable.Write(report with { Features = segment.Features, Respondents = segment.Respondents, Segments = [] }, output);
                }
            }

            if (!data.IsClean)
            {
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{parse.GetValue(input.File)}: {data.DiagnosticTotal} problems; their pairs are counted as rejected (kanokit validate lists them)"));
            }

            return Ok;
        });
        return command;
    }

    private static Command ValidateCommand(TextWriter output, TextWriter error)
    {
        var input = new InputOptions();
        var command = new Command("validate", "Read a survey leniently and list every problem, grouped by kind; exit 0 only when the input is clean.");
        input.AddTo(command);
        command.SetAction(parse =>
        {
            if (!TryRead(parse, input, ReadMode.Lenient, error, out var data))
            {
                return BadInput;
            }

            string path = parse.GetValue(input.File)!;
            int features = data.Layout == SurveyLayout.Counts ? data.Counts.Length : data.Tallies.Length;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {data.Layout.ToString().ToLowerInvariant()} layout, {data.Respondents} respondents, {features} features, {data.SkippedHeaderRows} extra header rows skipped"));
            foreach (var tally in data.Tallies)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {tally.Name}: {tally.Tally.Total} analysed, {tally.Tally.Missing} missing, {tally.Rejected} rejected"));
            }

            if (data.IsClean)
            {
                output.WriteLine("no problems");
                return Ok;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.DiagnosticTotal} problems:"));
            foreach (var group in data.Diagnostics.GroupBy(d => d.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key} ({data.DiagnosticCount(group.Key)})"));
                foreach (var diagnostic in group.Take(20))
                {
                    output.WriteLine($"  {diagnostic}");
                }

                long more = data.DiagnosticCount(group.Key) - Math.Min(20, group.Count());
                if (more > 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {more} more"));
                }
            }

            return BadInput;
        });
        return command;
    }

    /// <summary>Reads the file, or writes one <c>file:line:column: problem (expected …)</c> line and returns false.</summary>
    private static bool TryRead(ParseResult parse, InputOptions input, ReadMode mode, TextWriter error, out SurveyData data)
    {
        data = null!;
        string path = parse.GetValue(input.File)!;
        string? problem;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "is a directory (expected a survey file)";
            }
            else
            {
                var options = input.ReadOptions(parse, mode);
                data = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
                    ? KanoExcel.Read(path, options, parse.GetValue(input.Sheet))
                    : SurveyFile.Read(path, options);
                return true;
            }
        }
        catch (KanoDataException e)
        {
            error.WriteLine(e.Message);
            return false;
        }
        catch (ArgumentOutOfRangeException e)
        {
            error.WriteLine($"kanokit: {e.ParamName}: {FirstLine(e.Message)}");
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The survey as the user typed it, or the definition file that is missing.
            string missing = (e as FileNotFoundException)?.FileName is { } name && name != Path.GetFullPath(path) ? name : path;
            string what = missing == path ? "survey file" : "file";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{missing}:1:1: no such file (expected an existing {what})"));
            return false;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            problem = $"cannot be read: {FirstLine(e.Message)} (expected a readable survey file)";
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:1:1: {problem}"));
        return false;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
