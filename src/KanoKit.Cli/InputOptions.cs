using System.CommandLine;
using KanoKit.Answers;
using KanoKit.Reading;

namespace KanoKit.Cli;

/// <summary>The options that say how to read a survey file, shared by <c>analyze</c> and <c>validate</c>.</summary>
internal sealed class InputOptions
{
    public Argument<string> File { get; } = new("file") { Description = "The survey file: CSV/TSV (long, wide, counts, cells), JSON, or Excel .xlsx." };

    public Option<string> Input { get; } = CommandOptions.Choice("--input", "The file's layout; auto takes it from the definition or detects it from the header.", "auto", "auto", "long", "wide", "counts", "cells");

    public Option<string?> Scale { get; } = CommandOptions.Choice<string?>("--scale", "How answer codes are numbered (labels are always recognised); default: the definition's, else standard.", null, "standard", "reversed", "zero-based");

    public Option<string?> Definition { get; } = new("--definition") { Description = "A survey definition (JSON) stating columns, scale, segments and header rows; options given here take precedence over it." };

    public Option<string[]> Segment { get; } = new("--segment") { Description = "Also analyse every feature within each value of this column (repeatable).", AllowMultipleArgumentsPerToken = false };

    public Option<int?> HeaderRows { get; } = CommandOptions.AtLeast(new Option<int?>("--header-rows") { Description = "Rows after the header to skip (default: the definition's, else detect question-text and import-id rows)." }, 0, "rows to skip after the header");

    public Option<bool> PairByPosition { get; } = new("--pair-by-position") { Description = "Pair answer columns by position: after the first (id) column, consecutive columns are functional, dysfunctional." };

    public Option<int?> FirstPairColumn { get; } = CommandOptions.AtLeast(new Option<int?>("--first-pair-column") { Description = "With --pair-by-position: the 1-based column of the first functional answer (default 2; 1 when there is no id column)." }, 1, "a 1-based column number");

    public Option<string?> Columns { get; } = ColumnRange(new Option<string?>("--columns") { Description = "With --pair-by-position: the 1-based range of the answer columns, e.g. 11-18 (trailing metadata takes no part)." });

    public Option<string?> Encoding { get; } = new("--encoding") { Description = "The text encoding of a delimited file: utf-8, utf-16, windows-1252, iso-8859-1, … (default: UTF-8 or UTF-16 by byte-order mark, Windows-1252 when the bytes are not valid UTF-8)." };

    public Option<bool> NoHeader { get; } = new("--no-header") { Description = "The file has no header row; columns are #1, #2, …." };

    /// <summary>The analysis options of the command, if any: exclusion rules make the read keep the respondent-level survey.</summary>
    public AnalysisOptions? Analysis { get; init; }

    public Option<int?> Threads { get; } = CommandOptions.AtLeast(new Option<int?>("--threads") { Description = "Threads that count a large wide CSV file (over 8 MiB) in parallel; results are the same whatever the number (default: one per processor)." }, 1, "a number of threads");

    public Option<string?> Sheet { get; } = new("--sheet") { Description = "The worksheet of an .xlsx file (default: the first); for workbooks only." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        AddOptionsTo(command);
    }

    /// <summary>Adds the read options without the file argument, for commands that take files their own way (<c>compare</c>).</summary>
    public void AddOptionsTo(Command command)
    {
        foreach (Option option in (Option[])[Input, Scale, Definition, Segment, HeaderRows, PairByPosition, FirstPairColumn, Columns, Encoding, NoHeader, Sheet, Threads])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The read options the command line states (a definition file is loaded here); what it leaves unstated stays null.</summary>
    /// <exception cref="KanoDataException">The definition file does not exist or is not valid.</exception>
    public SurveyReadOptions ReadOptions(ParseResult parse, ReadMode mode)
    {
        string? definitionPath = parse.GetValue(Definition);
        return new SurveyReadOptions
        {
            Layout = Enum.Parse<SurveyLayout>(parse.GetValue(Input)!, ignoreCase: true),
            Scale = parse.GetValue(Scale) switch
            {
                "standard" => AnswerScale.Standard,
                "reversed" => AnswerScale.Reversed,
                "zero-based" => AnswerScale.ZeroBased,
                _ => null,
            },
            Mode = mode,
            Definition = definitionPath is null ? null : SurveyDefinition.Load(definitionPath),
            Segments = parse.GetValue(Segment) ?? [],
            HeaderRows = parse.GetValue(HeaderRows),
            PairByPosition = parse.GetValue(PairByPosition),
            FirstPairColumn = parse.GetValue(Columns) is { } range ? Range(range).First : parse.GetValue(FirstPairColumn),
            LastPairColumn = parse.GetValue(Columns) is { } columns ? Range(columns).Last : null,
            Encoding = parse.GetValue(Encoding),
            Threads = parse.GetValue(Threads),
            HasHeader = parse.GetValue(NoHeader) ? false : null,
            KeepRespondents = Analysis?.NeedsRespondents(parse) ?? false,
        };
    }

    private static (int First, int Last) Range(string text)
    {
        string[] parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int first)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int last)
            && first >= 1 && last >= first + 1
            ? (first, last)
            : (0, 0);
    }

    private static Option<string?> ColumnRange(Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Range(text).First == 0)
            {
                result.AddError($"{option.Name}: '{text}' is not a column range (expected first-last, 1-based, e.g. 11-18, at least two columns)");
            }
        });
        return option;
    }
}
