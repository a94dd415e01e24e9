using System.CommandLine;
using System.Globalization;
using KanoKit.Reading;

namespace KanoKit.Cli;

/// <summary>
/// <c>kanokit inspect &lt;file&gt; [--write-definition survey.json]</c>: prints what detection understood — layout,
/// encoding, delimiter, header rows, each feature with its columns, respondent, the columns read as neither — and
/// writes it as a survey definition to edit and pass back with <c>--definition</c>.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new InputOptions();
        var write = new Option<string?>("--write-definition") { Description = "Write what was understood as a survey definition (JSON) to this file, to edit (rename features, …) and pass back with --definition." };
        var command = new Command("inspect", "Show how the file would be read: layout, encoding, delimiter, header rows, features and their columns, other columns.");
        input.AddTo(command);
        command.Options.Add(write);
        command.SetAction(parse =>
        {
            if (!KanoCommand.TryRead(parse, input, ReadMode.Lenient, error, out var data))
            {
                return KanoCommand.BadInput;
            }

            string path = parse.GetValue(input.File)!;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {data.Layout.ToString().ToLowerInvariant()} layout, {(data.Respondents is long r ? KanoCommand.Counted(r, "respondent") : "an unknown number of respondents")}, {KanoCommand.Counted(data.Tallies.Features.Count, "feature")}"));
            output.Write(data.Plan.Describe());
            if (!data.IsClean)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{KanoCommand.Counted(data.DiagnosticTotal, "problem")} (kanokit validate lists them)"));
            }

            if (parse.GetValue(write) is { } target)
            {
                try
                {
                    File.WriteAllText(target, data.Plan.ToDefinition().ToJson() + "\n");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{target}:1:1: cannot be written: {e.Message.Split('\n')[0].Trim()} (expected a writable file)");
                    return KanoCommand.BadInput;
                }

                output.WriteLine($"definition written to {target}");
            }

            return KanoCommand.Ok;
        });
        return command;
    }
}
