using System.Collections.Immutable;
using System.CommandLine;
using KanoKit.Answers;
using KanoKit.IO;

namespace KanoKit.Cli;

/// <summary>The options that say how to read a survey file, shared by <c>analyze</c> and <c>validate</c>.</summary>
internal sealed class InputOptions
{
    public Argument<string> File { get; } = new("file") { Description = "The survey file: CSV/TSV (long, wide, counts, cells), JSON, or Excel .xlsx." };

    public Option<string> Input { get; } = Choice("--input", "The file's layout; auto detects it from the header.", "auto", "auto", "long", "wide", "counts", "cells");

    public Option<string> Scale { get; } = Choice("--scale", "How answer codes are numbered (labels are always recognised).", "standard", "standard", "reversed", "zero-based");

    public Option<string?> Definition { get; } = new("--definition") { Description = "A survey definition (JSON) stating columns, scale, segments and header rows." };

    public Option<string[]> Segment { get; } = new("--segment") { Description = "Also analyse every feature within each value of this column (repeatable).", AllowMultipleArgumentsPerToken = false };

    public Option<int?> HeaderRows { get; } = new("--header-rows") { Description = "Rows after the header to skip (default: detect question-text and import-id rows)." };

    public Option<bool> PairByPosition { get; } = new("--pair-by-position") { Description = "Pair answer columns by position: after the first (id) column, consecutive columns are functional, dysfunctional." };

    public Option<int> FirstPairColumn { get; } = new("--first-pair-column") { Description = "With --pair-by-position: the 1-based column of the first functional answer (1 when there is no id column).", DefaultValueFactory = _ => 2 };

    public Option<bool> NoHeader { get; } = new("--no-header") { Description = "The file has no header row; columns are #1, #2, …." };

    public Option<string?> Sheet { get; } = new("--sheet") { Description = "The worksheet of an .xlsx file (default: the first)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        foreach (Option option in (Option[])[Input, Scale, Definition, Segment, HeaderRows, PairByPosition, FirstPairColumn, NoHeader, Sheet])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The read options the command line states (a definition file is loaded here).</summary>
    public SurveyReadOptions ReadOptions(ParseResult parse, ReadMode mode)
    {
        string? definitionPath = parse.GetValue(Definition);
        if (definitionPath is not null && !System.IO.File.Exists(definitionPath))
        {
            throw new KanoDataException(definitionPath, 1, 1, "no such file", null, "an existing survey definition (JSON)");
        }

        return new SurveyReadOptions
        {
            Layout = Enum.Parse<SurveyLayout>(parse.GetValue(Input)!, ignoreCase: true),
            Scale = parse.GetValue(Scale) switch
            {
                "reversed" => AnswerScale.Reversed,
                "zero-based" => AnswerScale.ZeroBased,
                _ => AnswerScale.Standard,
            },
            Mode = mode,
            Definition = definitionPath is null ? null : SurveyDefinition.Load(definitionPath),
            Segments = [.. parse.GetValue(Segment) ?? []],
            HeaderRows = parse.GetValue(HeaderRows),
            PairByPosition = parse.GetValue(PairByPosition),
            FirstPairColumn = parse.GetValue(FirstPairColumn),
            HasHeader = !parse.GetValue(NoHeader),
        };
    }

    private static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
