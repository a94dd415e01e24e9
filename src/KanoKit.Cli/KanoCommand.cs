using System.CommandLine;
using System.Globalization;
using KanoKit.Answers;
using KanoKit.IO;
using KanoKit.Statistics;

namespace KanoKit.Cli;

/// <summary>The <c>kanokit</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
internal static class KanoCommand
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command line itself was wrong (System.CommandLine's own code).</summary>
    public const int UsageError = 1;

    /// <summary>The input could not be read: one line on stderr says where and why.</summary>
    public const int BadInput = 2;

    /// <summary>A defect in KanoKit itself (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("KanoKit: Kano-model requirements analysis of survey data.");
        root.Subcommands.Add(AnalyzeCommand(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input (bad input is exit code 2 above): one line, not a stack trace, and a distinct code.
            error.WriteLine($"kanokit: internal error: {e.GetType().Name}: {FirstLine(e.Message)} (please report this with the input that caused it)");
            return InternalError;
        }
    }

    private static Command AnalyzeCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The survey file (CSV: long, wide, counts or cells)." };
        var format = new Option<string>("--format") { Description = "Output: an aligned table, or result JSON schema v1.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var input = new Option<string>("--input") { Description = "The file's layout; auto detects it from the header.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "long", "wide", "counts", "cells");
        var scale = new Option<string>("--scale") { Description = "How answer codes are numbered (labels are always recognised).", DefaultValueFactory = _ => "standard" };
        scale.AcceptOnlyFromAmong("standard", "reversed", "zero-based");
        var table = new Option<string>("--table") { Description = "The evaluation table.", DefaultValueFactory = _ => "standard" };
        table.AcceptOnlyFromAmong("standard", "pouliot");
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of intervals.", DefaultValueFactory = _ => 0.95 };
        var fongZ = new Option<double>("--fong-z") { Description = "The normal quantile of Fong's test.", DefaultValueFactory = _ => Fong.DefaultZ };
        var tieBand = new Option<double>("--tie-band") { Description = "Categories within this many percentage points of the top one tie (0: exact ties).", DefaultValueFactory = _ => 0 };
        var quadrant = new Option<string>("--quadrant") { Description = "Split the Better–Worse diagram at 0.5 or at the feature means.", DefaultValueFactory = _ => "fixed" };
        quadrant.AcceptOnlyFromAmong("fixed", "means");

        var command = new Command("analyze", "Analyse a Kano survey: categories, Better/Worse, Fong's test, continuous scores, intervals.")
        {
            file, format, input, scale, table, confidence, fongZ, tieBand, quadrant,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            KanoOptions options;
            try
            {
                options = KanoOptions.Default with
                {
                    Table = parse.GetValue(table) == "pouliot" ? EvaluationTable.Pouliot : EvaluationTable.Standard,
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

            var readOptions = new CsvReadOptions
            {
                Layout = Enum.Parse<CsvLayout>(parse.GetValue(input)!, ignoreCase: true),
                Scale = parse.GetValue(scale) switch
                {
                    "reversed" => AnswerScale.Reversed,
                    "zero-based" => AnswerScale.ZeroBased,
                    _ => AnswerScale.Standard,
                },
            };

            if (!TryRead(path, readOptions, error, out var data))
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
            }

            return Ok;
        });
        return command;
    }

    /// <summary>Reads the file, or writes one <c>file:line:column: problem (expected …)</c> line and returns false.</summary>
    private static bool TryRead(string path, CsvReadOptions options, TextWriter error, out SurveyData data)
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
                data = KanoCsv.Read(path, options);
                return true;
            }
        }
        catch (KanoDataException e)
        {
            error.WriteLine(e.Message);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file (expected an existing survey file)";
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
