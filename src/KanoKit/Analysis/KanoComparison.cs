using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Analysis;

/// <summary>
/// Compares groups of respondents feature by feature, from tallies only: the values of a segment column of one survey
/// (<see cref="BySegment"/>), or the waves of a repeated survey matched by feature name (<see cref="Waves"/>).
/// </summary>
/// <remarks>
/// Per feature: Pearson's χ² test of independence of the group × category table with df = (r − 1)(c − 1) over the rows
/// and columns that are not all zero, its asymptotic p, Cramér's V and the sparseness warning
/// (<see cref="ChiSquareIndependence.Test(IReadOnlyList{CategoryCounts})"/>); optionally the Monte-Carlo
/// exact-conditional p-value and Holm's adjustment across features. Per group: its result as
/// <see cref="KanoAnalysis"/> computes it (category, Better, Worse, intervals) and the differences of Better and Worse
/// to the baseline (the rest of the sample for segments, the previous wave for waves) with Newcombe's (1998) hybrid
/// score interval, or bootstrap intervals with <see cref="IntervalMethod.Bootstrap"/>
/// (<see cref="CoefficientDifference"/>).
/// Random streams derive from <see cref="KanoOptions.Seed"/> by <c>StreamSeed.For(seed, slot, feature)</c> with
/// feature = the feature's position and slot 0 for the Monte-Carlo test, k (1 … g) for the k-th group's own
/// intervals (the slot <see cref="KanoAnalysis"/> gives the k-th segment) and g + k for its difference intervals, so
/// the same seed gives bit-identical results.
/// </remarks>
public static class KanoComparison
{
    /// <summary>Compares the values of the segment column <paramref name="column"/> of one survey's tallies, each against the rest of the sample.</summary>
    /// <param name="tallies">Tallies read with <paramref name="column"/> as a segment column.</param>
    /// <param name="column">The segment column.</param>
    /// <param name="options">What to compute; <see cref="ComparisonOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The tallies hold no segment of <paramref name="column"/> (the message lists the segment columns they hold).</exception>
    public static ComparisonReport BySegment(SurveyTallies tallies, string column, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(column);
        options ??= ComparisonOptions.Default;
        var segments = tallies.Segments.Where(s => s.Column == column).ToList();
        if (segments.Count == 0)
        {
            string[] columns = [.. tallies.Segments.Select(s => s.Column).Distinct(StringComparer.Ordinal)];
            throw new ArgumentException(
                columns.Length == 0
                    ? $"The tallies have no segments, so there is no segment column '{column}' (read the survey with '{column}' as a segment column)."
                    : $"There is no segment column '{column}' in the tallies (expected one of {string.Join(", ", columns)}).",
                nameof(column));
        }

        UniqueNames.Require(tallies.Features.Select(f => f.Name), "features", nameof(tallies));
        var table = options.Analysis.Table;
        var lookups = segments.Select(s => s.Tallies.ToDictionary(t => t.Name, StringComparer.Ordinal)).ToList();
        var features = new List<FeatureComparison>(tallies.Features.Count);
        for (int f = 0; f < tallies.Features.Count; f++)
        {
            string name = tallies.Features[f].Name;
            var groups = new List<Group>(segments.Count);
            for (int s = 0; s < segments.Count; s++)
            {
                var tally = lookups[s].TryGetValue(name, out var found) ? found : new FeatureTally(name, PairTally.Empty);
                groups.Add(new Group(segments[s].Value, s, FeatureInput.From(tally, table)));
            }

            features.Add(Compare(name, f, groups, segments.Count, ComparisonBaseline.Rest, options));
        }

        return new ComparisonReport
        {
            Column = column,
            Settings = Settings(options, ComparisonBaseline.Rest),
            Features = Adjust(features, options),
        };
    }

    /// <summary>
    /// Compares the waves of a repeated survey, in the order given, each against the previous wave that has the feature.
    /// Features are matched by name (ordinal) and listed in order of first appearance; a feature missing from a wave is
    /// compared across the waves that have it and names the others in <see cref="FeatureComparison.MissingFrom"/>.
    /// </summary>
    /// <param name="waves">Two or more waves: a label and the wave's tallies (answer pairs, or published category counts).</param>
    /// <param name="options">What to compute; <see cref="ComparisonOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Fewer than two waves, a label is null or repeated, or a wave names two features alike.</exception>
    public static ComparisonReport Waves(IReadOnlyList<(string Label, SurveyTallies Tallies)> waves, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(waves);
        options ??= ComparisonOptions.Default;
        if (waves.Count < 2)
        {
            throw new ArgumentException($"A comparison of waves needs at least two waves (got {waves.Count}).", nameof(waves));
        }

        if (waves.Any(w => w.Label is null || w.Tallies is null))
        {
            throw new ArgumentException("A wave's label or tallies are null.", nameof(waves));
        }

        UniqueNames.Require(waves.Select(w => w.Label), "waves", nameof(waves));
        var table = options.Analysis.Table;
        var inputs = new List<Dictionary<string, FeatureInput>>(waves.Count);
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, tallies) in waves)
        {
            FeatureInput[] features = tallies.Features.IsEmpty && !tallies.Counts.IsEmpty
                ? [.. tallies.Counts.Select(FeatureInput.From)]
                : [.. tallies.Features.Select(f => FeatureInput.From(f, table))];
            UniqueNames.Require(features.Select(f => f.Name), $"features of wave '{label}'", nameof(waves));
            inputs.Add(features.ToDictionary(f => f.Name, StringComparer.Ordinal));
            order.AddRange(features.Select(f => f.Name).Where(seen.Add));
        }

        var comparisons = new List<FeatureComparison>(order.Count);
        for (int f = 0; f < order.Count; f++)
        {
            string name = order[f];
            var groups = new List<Group>(waves.Count);
            var missing = new List<string>();
            for (int w = 0; w < waves.Count; w++)
            {
                if (inputs[w].TryGetValue(name, out var input))
                {
                    groups.Add(new Group(waves[w].Label, w, input));
                }
                else
                {
                    missing.Add(waves[w].Label);
                }
            }

            var comparison = Compare(name, f, groups, waves.Count, ComparisonBaseline.PreviousWave, options);
            comparisons.Add(comparison with { Shift = Shift(comparison.Segments), MissingFrom = missing.ToEquatableArray() });
        }

        return new ComparisonReport
        {
            Waves = waves.Select(w => w.Label).ToEquatableArray(),
            Settings = Settings(options, ComparisonBaseline.PreviousWave),
            Features = Adjust(comparisons, options),
        };
    }

    /// <summary>A group that has the feature: its label, its position among all groups (for its random streams) and its counts.</summary>
    private readonly record struct Group(string Label, int Position, FeatureInput Input);

    private static FeatureComparison Compare(
        string name, int feature, IReadOnlyList<Group> groups, int groupCount, ComparisonBaseline baseline, ComparisonOptions options)
    {
        var analysis = options.Analysis;
        var rows = groups.Select(g => g.Input.Counts).ToList();
        var test = ChiSquareIndependence.Test(rows);
        var simulated = options.MonteCarloResamples is int b
            ? ChiSquareIndependence.SimulatePValue(rows, b, StreamSeed.For(analysis.Seed, 0, feature))
            : null;
        var total = rows.Aggregate(default(CategoryCounts), (sum, counts) => sum + counts);
        var thresholds = new QuadrantThresholds(analysis.QuadrantThreshold, analysis.QuadrantThreshold);
        var results = new List<GroupResult>(groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var result = FeatureAnalysis.Build(group.Input, analysis, thresholds, StreamSeed.For(analysis.Seed, group.Position + 1, feature));
            CategoryCounts? against = baseline == ComparisonBaseline.Rest
                ? Subtract(total, group.Input.Counts)
                : g > 0 ? groups[g - 1].Input.Counts : null;
            var differences = against is { } other
                ? Differences(group.Input.Counts, other, analysis, StreamSeed.For(analysis.Seed, groupCount + group.Position + 1, feature))
                : default;
            results.Add(new GroupResult
            {
                Value = group.Label,
                N = result.N,
                Counts = result.Counts,
                Category = result.Category,
                Tie = result.Tie,
                Better = result.Better,
                Worse = result.Worse,
                BetterInterval = result.Intervals?.Better,
                WorseInterval = result.Intervals?.Worse,
                BetterDifference = differences.Better,
                BetterDifferenceInterval = differences.BetterInterval,
                WorseDifference = differences.Worse,
                WorseDifferenceInterval = differences.WorseInterval,
            });
        }

        return new FeatureComparison
        {
            Name = name,
            ChiSquare = test?.ChiSquare,
            Df = test?.Df,
            P = test?.P,
            CramersV = test?.CramersV,
            PMonteCarlo = simulated?.P,
            Sparse = test?.Sparse,
            Segments = results.ToEquatableArray(),
        };
    }

    /// <summary>Newcombe's intervals, or bootstrap ones with <see cref="IntervalMethod.Bootstrap"/>; points only when intervals are off.</summary>
    private static CoefficientDifferences Differences(CategoryCounts counts, CategoryCounts against, KanoOptions analysis, ulong seed)
    {
        var differences = analysis.IntervalMethod == IntervalMethod.Bootstrap
            ? CoefficientDifference.Bootstrap(counts, against, new BootstrapSettings { Resamples = analysis.Resamples, Seed = seed, Confidence = analysis.Confidence })
            : CoefficientDifference.Newcombe(counts, against, analysis.Confidence);
        return analysis.IncludeIntervals ? differences : differences with { BetterInterval = null, WorseInterval = null };
    }

    private static CategoryCounts Subtract(CategoryCounts total, CategoryCounts part) => new(
        total.A - part.A, total.O - part.O, total.M - part.M, total.I - part.I, total.R - part.R, total.Q - part.Q);

    /// <summary>The category letters of the groups in order, repeats collapsed (e.g. "A → O"); null when there is at most one.</summary>
    private static string? Shift(IEnumerable<GroupResult> groups)
    {
        var letters = new List<char>();
        foreach (var group in groups)
        {
            if (group.Category is { } category && (letters.Count == 0 || letters[^1] != category.Letter()))
            {
                letters.Add(category.Letter());
            }
        }

        return letters.Count < 2 ? null : string.Join(" → ", letters);
    }

    /// <summary>Holm's adjustment across features of the Monte-Carlo p-values when simulated, else of the asymptotic ones.</summary>
    private static EquatableArray<FeatureComparison> Adjust(List<FeatureComparison> features, ComparisonOptions options)
    {
        if (!options.Holm)
        {
            return features.ToEquatableArray();
        }

        var adjusted = Holm.Adjust([.. features.Select(f => options.MonteCarloResamples is null ? f.P : f.PMonteCarlo)]);
        return features.Select((f, i) => f with { PHolm = adjusted[i] }).ToEquatableArray();
    }

    private static ComparisonSettings Settings(ComparisonOptions options, ComparisonBaseline baseline)
    {
        var analysis = options.Analysis;
        bool bootstrap = analysis.IntervalMethod == IntervalMethod.Bootstrap;
        return new ComparisonSettings(analysis.Table.Name, analysis.Confidence, analysis.IntervalMethod, baseline)
        {
            Resamples = bootstrap ? analysis.Resamples : null,
            MonteCarloResamples = options.MonteCarloResamples,
            Seed = bootstrap || options.MonteCarloResamples is not null ? analysis.Seed : null,
            Holm = options.Holm,
        };
    }
}
