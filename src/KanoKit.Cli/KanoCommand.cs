using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using System.Globalization;
using KanoKit.Analysis;
using KanoKit.Data.DuckDb;
using KanoKit.Data.Tallies;
using KanoKit.Excel;
using KanoKit.Reading;
using KanoKit.Statistics;
using KanoKit.Writing;

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
        root.Subcommands.Add(InspectCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var plotAnalysis = new AnalysisOptions();
        var plotInput = new InputOptions { Analysis = plotAnalysis };
        root.Subcommands.Add(PlotCommand.Create(
            plotInput,
            plotAnalysis,
            parse => TryRead(parse, plotInput, ReadMode.Strict, error, out var data)
                ? plotAnalysis.Analyze(parse, data, plotAnalysis.Options(parse, EvaluationTable.Standard, "plot"), parse.GetValue(plotInput.File)!, error)
                : null,
            error));
        root.Subcommands.Add(PlanCommand.Create(output));
        try
        {
            var parse = root.Parse(args);
            return parse.Errors.Count == 0 ? parse.Invoke(configuration) : UsageErrors(root, parse, error);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || (e is IOException && e is not (FileNotFoundException or FileLoadException)))
        {
            // The file system, not a defect of KanoKit's: an --output path in a missing folder, a full disk, a file
            // that cannot be read.
            error.WriteLine($"kanokit: {Describe(e)} (expected readable input files and a writable output)");
            return BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input (bad input is exit code 2): one line, not a stack trace, and a distinct code.
            error.WriteLine($"kanokit: internal error: {e.GetType().Name}: {FirstLine(e.Message)} (please report this with the input that caused it)");
            return InternalError;
        }
    }

    /// <summary>A wrong command line: each problem on a line of its own, then the command's help, all on stderr so that stdout stays clean.</summary>
    private static int UsageErrors(RootCommand root, ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine($"kanokit: {problem.Message}");
        }

        error.WriteLine();
        var path = new List<string>();
        for (var command = parse.CommandResult; command.Parent is CommandResult parent; command = parent)
        {
            path.Insert(0, command.Command.Name);
        }

        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
        return UsageError;
    }

    private static Command AnalyzeCommand(TextWriter output, TextWriter error)
    {
        var analysis = new AnalysisOptions();
        var input = new InputOptions { Analysis = analysis };
        var outputOptions = new OutputOptions();
        var lenient = new Option<bool>("--lenient") { Description = "Count unreadable answers as rejected and go on, instead of stopping at the first problem." };
        var table = new Option<string>("--table") { Description = "The evaluation table: standard or pouliot (with --connection: the database table).", DefaultValueFactory = _ => "standard" };
        var sources = new DataSourceOptions(table);

        var command = new Command("analyze", "Analyse a Kano survey: categories, Better/Worse, Fong's test, continuous scores, intervals.");
        input.AddTo(command);
        outputOptions.AddTo(command);
        sources.AddTo(command, input.File);
        command.Options.Add(lenient);
        command.Options.Add(table);
        analysis.AddTo(command);

        command.SetAction(parse =>
        {
            var options = analysis.Options(
                parse,
                sources.Evaluation(parse) == "pouliot" ? EvaluationTable.Pouliot : EvaluationTable.Standard,
                outputOptions.FormatOf(parse));

            if (!sources.TryRead(parse, input, parse.GetValue(lenient) ? ReadMode.Lenient : ReadMode.Strict, error, out var data, TryRead)
                || analysis.Analyze(parse, data, options, parse.GetValue(input.File) ?? "database", error) is not { } report)
            {
                return BadInput;
            }

            outputOptions.Write(parse, report, output);

            if (!data.IsClean)
            {
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{parse.GetValue(input.File)}: {Counted(data.DiagnosticTotal, "problem")}; their pairs are counted as rejected (kanokit validate lists them)"));
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
            var tallies = data.Tallies;
            int features = tallies.Features.IsEmpty ? tallies.Counts.Count : tallies.Features.Count;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {data.Layout.ToString().ToLowerInvariant()} layout, {(data.Respondents is long r ? Counted(r, "respondent") : "an unknown number of respondents")}, {Counted(features, "feature")}, {Counted(data.SkippedHeaderRows, "extra header row")} skipped"));
            output.WriteLine("what was understood:");
            output.Write(data.Plan.Describe());
            output.WriteLine("per feature:");
            foreach (var tally in tallies.Features)
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

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Counted(data.DiagnosticTotal, "problem")}:"));
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
    internal static bool TryRead(ParseResult parse, InputOptions input, ReadMode mode, TextWriter error, out SurveyData data) =>
        TryRead(parse.GetValue(input.File)!, parse, input, mode, error, out data);

    /// <summary>Reads the file at <paramref name="path"/> with the read options of <paramref name="input"/>, or writes one located line and returns false.</summary>
    internal static bool TryRead(string path, ParseResult parse, InputOptions input, ReadMode mode, TextWriter error, out SurveyData data)
    {
        data = null!;
        string? problem;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "is a directory (expected a survey file)";
            }
            else
            {
                data = ReadFile(path, input.ReadOptions(parse, mode), parse.GetValue(input.Sheet));
                return true;
            }
        }
        catch (KanoDataException e)
        {
            error.WriteLine(e.Message);
            return false;
        }
        catch (ArgumentException e) when (e.ParamName == "options")
        {
            // Read options the command line let through but the reader refuses (an unknown --encoding, say).
            problem = Describe(e);
        }
        catch (Exception e) when (DuckDbFiles.IsParquet(path) && e is DbException or ArgumentException or InvalidOperationException)
        {
            // DuckDB's own words, or options the DuckDB reader does not take (a segment named like a result column, say).
            problem = $"{Describe(e)} (expected a Parquet file DuckDB can read, with options it supports)";
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

    /// <summary>The count and the noun, plural unless the count is one: <c>1 respondent</c>, <c>240 respondents</c>.</summary>
    internal static string Counted(long count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>
    /// Reads a survey file by its kind, the same for every command: a workbook (.xlsx, .xlsm, .xls), Parquet (through
    /// DuckDB), tallies JSON (<c>kanokit/tallies/v1</c>, from <c>kanokit tally</c>), else KanoKit's text readers.
    /// </summary>
    internal static SurveyData ReadFile(string path, SurveyReadOptions options, string? sheet)
    {
        if (IsWorkbook(path))
        {
            return KanoExcel.Read(path, options, sheet);
        }

        if (DuckDbFiles.IsParquet(path))
        {
            return DuckDbFiles.Read(path, options);
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && TallyJson.LooksLikeTallies(path)
            ? TallyJson.Read(path).ToSurveyData(path)
            : SurveyFile.Read(path, options);
    }

    /// <summary>Whether the path names an Excel workbook (.xlsx and .xlsm streamed, legacy .xls through ExcelDataReader).</summary>
    internal static bool IsWorkbook(string path) =>
        path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    /// <summary>An exception's message for a person: its first line, without .NET's <c>(Parameter 'name')</c>.</summary>
    internal static string Describe(Exception e)
    {
        string message = FirstLine(e.Message);
        return e is ArgumentException { ParamName: { } name } ? message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : message;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
