using System.CommandLine;
using KanoKit.Plots;

namespace KanoKit.Cli;

/// <summary><c>kanokit plot &lt;file&gt; --chart better-worse|categories|continuous -o chart.svg|.png</c>.</summary>
internal static class PlotCommand
{
    /// <summary>The command; <paramref name="read"/> reads the survey as <c>analyze</c> does (null after reporting a bad input).</summary>
    public static Command Create(InputOptions input, AnalysisOptions analysis, Func<ParseResult, KanoKit.Reporting.KanoReport?> read, TextWriter error)
    {
        var chart = new Option<string>("--chart") { Description = "The chart: better-worse (|Worse| against Better), categories (stacked category shares), continuous (DuMouchel's means).", DefaultValueFactory = _ => "better-worse" };
        chart.AcceptOnlyFromAmong("better-worse", "categories", "continuous");
        var output = new Option<string>("--output", "-o") { Description = "The image file: .svg or .png.", Required = true };
        var width = new Option<int>("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => ChartOptions.Default.Width };
        var height = new Option<int>("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => ChartOptions.Default.Height };
        var dpi = new Option<double>("--dpi") { Description = "PNG only: resolution (text and lines scale with it).", DefaultValueFactory = _ => 96 };
        var segment = new Option<string?>("--plot-segment") { Description = "Plot one segment (its value or column=value; needs --segment <column>) instead of all respondents." };
        var bySegment = new Option<bool>("--series-per-segment") { Description = "better-worse only: one marker shape per segment (needs --segment <column>)." };
        var noIntervals = new Option<bool>("--no-intervals") { Description = "better-worse only: no interval whiskers." };
        var importance = new Option<bool>("--size-by-importance") { Description = "better-worse only: point area by mean self-stated importance." };

        var command = new Command("plot", "Draw a Kano chart of a survey as SVG or PNG.");
        input.AddTo(command);
        analysis.AddTo(command);
        foreach (Option option in (Option[])[chart, output, width, height, dpi, segment, bySegment, noIntervals, importance])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            string path = parse.GetValue(output)!;
            if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine($"kanokit: --output: '{path}' must end in .svg or .png");
                return KanoCommand.UsageError;
            }

            ChartOptions options;
            try
            {
                options = new ChartOptions
                {
                    Width = parse.GetValue(width),
                    Height = parse.GetValue(height),
                    Dpi = parse.GetValue(dpi),
                    Segment = parse.GetValue(segment),
                    SeriesPerSegment = parse.GetValue(bySegment),
                    ShowIntervals = !parse.GetValue(noIntervals),
                    SizeByImportance = parse.GetValue(importance),
                };
            }
            catch (ArgumentOutOfRangeException e)
            {
                error.WriteLine($"kanokit: {KanoCommand.Describe(e)}");
                return KanoCommand.UsageError;
            }

            if (read(parse) is not { } report)
            {
                return KanoCommand.BadInput;
            }

            try
            {
                var drawn = parse.GetValue(chart) switch
                {
                    "categories" => KanoCharts.Categories(report, options),
                    "continuous" => KanoCharts.Continuous(report, options),
                    _ => KanoCharts.BetterWorse(report, options),
                };
                drawn.Save(path);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"kanokit: {KanoCommand.Describe(e)}");
                return KanoCommand.UsageError;
            }

            return KanoCommand.Ok;
        });
        return command;
    }
}
