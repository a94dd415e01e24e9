using System.CommandLine;
using System.Globalization;
using KanoKit.Data.DuckDb;
using KanoKit.Data.Tallies;
using KanoKit.Excel;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Cli;

/// <summary>
/// <c>kanokit tally</c> (count shards into partial tallies, JSON schema kanokit/tallies/v1) and <c>kanokit merge</c>
/// (add partial tallies exactly). Any job runner can tally shards in parallel; <c>kanokit analyze all.json</c> reports.
/// </summary>
internal static class TallyCommands
{
    public static Command Tally(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Survey files (one shard or several; they are tallied together).", Arity = ArgumentArity.OneOrMore };
        var input = new InputOptions();
        var outputFile = new Option<string?>("--output", "-o") { Description = "The tallies JSON file (default: standard output)." };
        var lenient = new Option<bool>("--lenient") { Description = "Count unreadable answers as rejected and go on." };
        var engine = new Option<string>("--engine") { Description = "Who reads the files: KanoKit's reader, or in-process DuckDB (Parquet always).", DefaultValueFactory = _ => "kanokit" };
        engine.AcceptOnlyFromAmong("kanokit", "duckdb");
        var command = new Command("tally", "Count survey files into partial tallies (JSON schema kanokit/tallies/v1) for 'kanokit merge'.");
        command.Arguments.Add(files);
        foreach (Option option in (Option[])[input.Input, input.Scale, input.Definition, input.Segment, input.HeaderRows, input.PairByPosition, input.FirstPairColumn, input.NoHeader, input.Sheet, outputFile, lenient, engine])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var mode = parse.GetValue(lenient) ? ReadMode.Lenient : ReadMode.Strict;
            var parts = new List<(string, PartialTally)>();
            try
            {
                var options = input.ReadOptions(parse, mode);
                string scale = ReadPlan.Resolve(options).Scale.Name;
                foreach (string path in parse.GetValue(files)!)
                {
                    if (!File.Exists(path))
                    {
                        error.WriteLine($"{path}:1:1: no such file (expected an existing survey file)");
                        return KanoCommand.BadInput;
                    }

                    var data = parse.GetValue(engine) == "duckdb" ? DuckDbFiles.Read(path, options) : KanoCommand.ReadFile(path, options, parse.GetValue(input.Sheet));
                    if (!data.IsClean)
                    {
                        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {KanoCommand.Counted(data.DiagnosticTotal, "problem")}; their pairs are counted as rejected (kanokit validate lists them)"));
                    }

                    parts.Add((path, PartialTally.FromSurvey(data, scale, Path.GetFileName(path))));
                }

                Write(PartialTally.Merge(parts), parse.GetValue(outputFile), output);
                return KanoCommand.Ok;
            }
            catch (KanoDataException e)
            {
                error.WriteLine(e.Message);
                return KanoCommand.BadInput;
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"kanokit: {KanoCommand.Describe(e)}");
                return KanoCommand.BadInput;
            }
        });
        return command;
    }

    public static Command Merge(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "Partial tallies files (kanokit/tallies/v1) written by 'kanokit tally'.", Arity = ArgumentArity.OneOrMore };
        var outputFile = new Option<string?>("--output", "-o") { Description = "The merged tallies JSON file (default: standard output)." };
        var command = new Command("merge", "Add partial tallies exactly (the parts must agree on features, segment columns and scale); analyse the result with 'kanokit analyze'.");
        command.Arguments.Add(files);
        command.Options.Add(outputFile);
        command.SetAction(parse =>
        {
            try
            {
                var parts = new List<(string, PartialTally)>();
                foreach (string path in parse.GetValue(files)!)
                {
                    if (!File.Exists(path))
                    {
                        error.WriteLine($"{path}:1:1: no such file (expected a tallies file)");
                        return KanoCommand.BadInput;
                    }

                    parts.Add((path, TallyJson.Read(path)));
                }

                Write(PartialTally.Merge(parts), parse.GetValue(outputFile), output);
                return KanoCommand.Ok;
            }
            catch (KanoDataException e)
            {
                error.WriteLine(e.Message);
                return KanoCommand.BadInput;
            }
        });
        return command;
    }

    private static void Write(PartialTally tally, string? path, TextWriter output)
    {
        if (path is null)
        {
            output.WriteLine(TallyJson.Serialize(tally));
            return;
        }

        using var stream = File.Create(path);
        TallyJson.Write(tally, stream);
    }
}
