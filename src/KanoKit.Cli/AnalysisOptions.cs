using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Surveys;

namespace KanoKit.Cli;

/// <summary>
/// The options that say how a survey is analysed, shared by <c>analyze</c> and <c>plot</c>: confidence, Fong's z, tie
/// band, quadrant split, interval method (with bootstrap resamples and seed), category rule, the Q-rate flag and the
/// respondent exclusion rules.
/// </summary>
internal sealed class AnalysisOptions
{
    /// <summary>The Q-rate flag the human formats use when <c>--q-flag</c> is not given.</summary>
    public const double DefaultQuestionableFlag = 0.1;

    public Option<double> Confidence { get; } = CommandOptions.Within("--confidence", "Confidence level of intervals.", 0.95, 0.5, 0.999999, "a confidence level between 0.5 and 0.999999, e.g. 0.95");

    public Option<double> FongZ { get; } = CommandOptions.Within("--fong-z", "The normal quantile of Fong's test (also the evidence rule's test without a bootstrap).", Fong.DefaultZ, double.Epsilon, 10, "a positive normal quantile of at most 10, e.g. 1.65");

    public Option<double> TieBand { get; } = CommandOptions.Within("--tie-band", "Categories whose share is within this fraction of the top share tie (0: exact ties; 0.06 = six percentage points); the band of --category-rule band.", 0, 0, 1, "a fraction between 0 and 1, e.g. 0.06");

    public Option<string> Quadrant { get; } = CommandOptions.Choice("--quadrant", "Split the Better–Worse diagram at 0.5 or at the feature means.", "fixed", "fixed", "means");

    public Option<string> Intervals { get; } = CommandOptions.OneOf(
        "--intervals",
        "Confidence intervals: wilson (score intervals), exact (Clopper–Pearson), or bootstrap (percentile intervals from multinomial resamples of each feature's 25-cell answer-pair table; also gives each category's stability).",
        "wilson",
        "wilson", "exact", "bootstrap");

    public Option<int> Resamples { get; } = CommandOptions.WithinInteger("--resamples", "With --intervals bootstrap: resamples per feature and segment.", 2000, 1, 10_000_000, "a number of resamples from 1 to 10000000, e.g. 2000");

    public Option<ulong> Seed { get; } = CommandOptions.Seed("--seed", "With --intervals bootstrap: the seed of every random step (written into the report); the same seed gives the same numbers.", KanoOptions.DefaultSeed);

    public Option<string> CategoryRule { get; } = CommandOptions.OneOf(
        "--category-rule",
        "How a feature's category is decided: plurality (the most frequent, ties by --tie-band and M > O > A > I > R > Q), band (ties within --tie-band, which it needs), grouped (A+O+M against I+R+Q first; Matzler & Hinterhuber 1998), evidence (one category only when the data separate it from the runner-up, else a mixed result such as M/O).",
        "plurality",
        "plurality", "band", "grouped", "evidence");

    public Option<double> StabilityThreshold { get; } = CommandOptions.Within(
        "--stability-threshold",
        "With --category-rule evidence and --intervals bootstrap: the share of resamples in which the top category must stay on top to stand alone (without a bootstrap the evidence rule uses Fong's test with --fong-z).",
        0.95, double.Epsilon, 1, "a fraction in (0, 1], e.g. 0.95");

    public Option<double?> QuestionableFlag { get; } = CommandOptions.Fraction(
        "--q-flag",
        "Flag features whose share of questionable (contradictory) answer pairs exceeds this fraction. Default 0.1 in table, md and html output; json and csv carry the flag only when this option (or --exclude) is given.");

    public Option<string[]> Exclude { get; } = CommandOptions.Exclusions(
        "--exclude",
        "Leave careless respondents out of every tally (repeatable): q-rate>x, r-rate>x, missing-rate>x (fractions), straight-line (the same answer pair for every feature), seconds<x (with --seconds-column). Needs respondent-level input (wide or long files).");

    public Option<string?> SecondsColumn { get; } = new("--seconds-column") { Description = "The column holding each respondent's completion time in seconds, for --exclude seconds<x." };

    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[Confidence, FongZ, TieBand, Quadrant, Intervals, Resamples, Seed, CategoryRule, StabilityThreshold, QuestionableFlag, Exclude, SecondsColumn])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(CategoryRule) == "band" && (result.GetResult(TieBand) is null || result.GetResult(TieBand)!.Implicit))
            {
                result.AddError("--category-rule: band needs the band's width (expected --tie-band <fraction>, e.g. --tie-band 0.06)");
            }

            var rules = result.GetValue(Exclude) ?? [];
            if (rules.Any(r => ExclusionRule.TryParse(r, out var rule, out _) && rule.Kind == ExclusionKind.MinimumSeconds) && result.GetValue(SecondsColumn) is null)
            {
                result.AddError("--exclude: a seconds<x rule needs the completion-time column (expected --seconds-column <column>)");
            }
        });
    }

    /// <summary>Whether the analysis needs the respondent-level survey (exclusion rules were given).</summary>
    public bool NeedsRespondents(ParseResult parse) => (parse.GetValue(Exclude) ?? []).Length > 0;

    /// <summary>The analysis options the command line states, for output in <paramref name="format"/>.</summary>
    public KanoOptions Options(ParseResult parse, EvaluationTable table, string format)
    {
        double band = parse.GetValue(TieBand);
        double? flag = parse.GetValue(QuestionableFlag)
            ?? (format is "json" or "csv" && !NeedsRespondents(parse) ? null : DefaultQuestionableFlag);
        return KanoOptions.Default with
        {
            Table = table,
            Confidence = parse.GetValue(Confidence),
            FongZ = parse.GetValue(FongZ),
            TieRule = TieRule.Band(band),
            QuadrantSplit = parse.GetValue(Quadrant) == "means" ? QuadrantSplit.FeatureMeans : QuadrantSplit.Fixed,
            IntervalMethod = parse.GetValue(Intervals) switch
            {
                "exact" => IntervalMethod.ClopperPearson,
                "bootstrap" => IntervalMethod.Bootstrap,
                _ => IntervalMethod.Wilson,
            },
            Resamples = parse.GetValue(Resamples),
            Seed = parse.GetValue(Seed),
            CategoryRule = parse.GetValue(CategoryRule) switch
            {
                "band" => Statistics.CategoryRule.Band(band),
                "grouped" => Statistics.CategoryRule.Grouped,
                "evidence" => Statistics.CategoryRule.Evidence(parse.GetValue(FongZ), parse.GetValue(StabilityThreshold)),
                _ => Statistics.CategoryRule.Plurality,
            },
            QuestionableFlag = flag,
        };
    }

    /// <summary>
    /// Analyses what was read; with exclusion rules, screens the respondent-level survey first and analyses the
    /// tallies without the excluded respondents. A problem (no respondent-level data, a segment column not kept, a
    /// bad completion time) is written as one located line and gives <see langword="null"/>.
    /// </summary>
    public KanoReport? Analyze(ParseResult parse, SurveyData data, KanoOptions options, string source, TextWriter error)
    {
        if (!NeedsRespondents(parse))
        {
            return data.Tallies.Analyze(options);
        }

        if (data.Survey is not { } survey)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{source}:1:1: --exclude needs each respondent's answers, but this input holds only counts ({data.Layout.ToString().ToLowerInvariant()} layout, tallies or a database count) (expected a wide or long survey file)"));
            return null;
        }

        var rules = (parse.GetValue(Exclude) ?? []).Select(ExclusionRule.Parse).ToList();
        try
        {
            var screening = RespondentScreening.Screen(survey, options.Table, rules, parse.GetValue(SecondsColumn));
            if (!screening.Excluded.IsEmpty && data.Tallies.Features.Any(f => f.Importance.Count > 0))
            {
                error.WriteLine($"{source}: self-stated importance is not reported after exclusions (the respondent-level survey does not hold it)");
            }

            return ScreenedAnalysis.Analyze(data.Tallies, screening, options);
        }
        catch (KanoDataException e)
        {
            error.WriteLine(e.Message);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source}:1:1: {e.Message.Split('\n')[0].Trim().Replace(" (Parameter 'column')", string.Empty, StringComparison.Ordinal).Replace(" (Parameter 'screening')", string.Empty, StringComparison.Ordinal)}"));
        }

        return null;
    }
}
