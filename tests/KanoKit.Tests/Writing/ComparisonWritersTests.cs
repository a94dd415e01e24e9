using System.Text.Json;
using KanoKit.Analysis;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;
using KanoKit.Tests.Analysis;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

public class ComparisonWritersTests
{
    private static SurveyTallies Segments() => KanoComparisonTests.Segmented(
        ("Basic", [new CategoryCounts(30, 10, 10, 10, 0, 0), new CategoryCounts(0, 0, 0, 0, 0, 0)]),
        ("Premium", [new CategoryCounts(10, 30, 10, 10, 1, 0), new CategoryCounts(2, 2, 2, 2, 0, 0)]));

    private static ComparisonReport Waves()
    {
        var first = new SurveyTallies([], Counts: [new FeatureCounts("Dark mode", new CategoryCounts(50, 20, 10, 20, 0, 0)), new FeatureCounts("Chat", new CategoryCounts(5, 5, 5, 5, 0, 0))]);
        var second = new SurveyTallies([], Counts: [new FeatureCounts("Dark mode", new CategoryCounts(20, 55, 15, 10, 0, 0))]);
        return KanoComparison.Waves([("2024", first), ("2025", second)]);
    }

    [Fact]
    public void Segment_json_follows_comparison_schema_v1()
    {
        var comparison = KanoComparison.BySegment(Segments(), "plan", new ComparisonOptions { MonteCarloResamples = 100, Holm = true });
        using var document = JsonDocument.Parse(KanoComparisonJson.Serialize(comparison));
        var root = document.RootElement;
        Assert.Equal(["schema", "column", "waves", "settings", "features"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("kanokit/comparison/v1", root.GetProperty("schema").GetString());
        Assert.Equal("plan", root.GetProperty("column").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("waves").ValueKind);
        var feature = root.GetProperty("features")[0];
        Assert.Equal(
            ["name", "chiSquare", "df", "p", "cramersV", "pMonteCarlo", "pHolm", "sparse", "segments", "shift", "missingFrom"],
            feature.EnumerateObject().Select(p => p.Name));
        Assert.Equal(comparison.Features[0].ChiSquare, feature.GetProperty("chiSquare").GetDouble());
        Assert.Equal(comparison.Features[0].PHolm, feature.GetProperty("pHolm").GetDouble());
        var segment = feature.GetProperty("segments")[1];
        Assert.Equal(
            ["value", "n", "counts", "category", "tie", "better", "worse", "betterInterval", "worseInterval", "betterDifference", "betterDifferenceInterval", "worseDifference", "worseDifferenceInterval"],
            segment.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Premium", segment.GetProperty("value").GetString());
        Assert.Equal(61, segment.GetProperty("n").GetInt64());
        Assert.Equal(30, segment.GetProperty("counts").GetProperty("O").GetInt64());
        Assert.Equal("OneDimensional", segment.GetProperty("category").GetString());
        Assert.True(segment.GetProperty("betterDifferenceInterval").TryGetProperty("lower", out _));

        // The second feature: Basic has no answers, so only one row is left and there is no test; Basic's numbers are undefined.
        var empty = root.GetProperty("features")[1];
        foreach (string field in (string[])["chiSquare", "df", "p", "cramersV", "pMonteCarlo", "pHolm", "sparse", "shift", "missingFrom"])
        {
            Assert.Equal(JsonValueKind.Null, empty.GetProperty(field).ValueKind);
        }

        var basic = empty.GetProperty("segments")[0];
        foreach (string field in (string[])["category", "better", "worse", "betterInterval", "betterDifference", "betterDifferenceInterval"])
        {
            Assert.Equal(JsonValueKind.Null, basic.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void Fields_not_asked_for_are_null()
    {
        using var document = JsonDocument.Parse(KanoComparisonJson.Serialize(KanoComparison.BySegment(Segments(), "plan")));
        var feature = document.RootElement.GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("pMonteCarlo").ValueKind);
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("pHolm").ValueKind);
        var settings = document.RootElement.GetProperty("settings");
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("seed").ValueKind);
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("monteCarloResamples").ValueKind);
        Assert.Equal("Rest", settings.GetProperty("baseline").GetString());
    }

    [Fact]
    public void Wave_json_has_waves_shift_and_missing_features()
    {
        using var document = JsonDocument.Parse(KanoComparisonJson.Serialize(Waves()));
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("column").ValueKind);
        Assert.Equal(["2024", "2025"], root.GetProperty("waves").EnumerateArray().Select(e => e.GetString()));
        var dark = root.GetProperty("features")[0];
        Assert.Equal("A → O", dark.GetProperty("shift").GetString());
        Assert.Equal(0, dark.GetProperty("missingFrom").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, dark.GetProperty("segments")[0].GetProperty("betterDifference").ValueKind);
        var chat = root.GetProperty("features")[1];
        Assert.Equal(["2025"], chat.GetProperty("missingFrom").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, chat.GetProperty("shift").ValueKind);
    }

    [Fact]
    public void Json_round_trips_and_rejects_other_schemas()
    {
        var boot = new ComparisonOptions { Analysis = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = 200 }, MonteCarloResamples = 50, Holm = true };
        foreach (var comparison in new[] { KanoComparison.BySegment(Segments(), "plan", boot), Waves() })
        {
            Assert.Equal(comparison, KanoComparisonJson.Deserialize(KanoComparisonJson.Serialize(comparison)));
        }

        string other = KanoComparisonJson.Serialize(Waves()).Replace("kanokit/comparison/v1", "kanokit/comparison/v9", StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => KanoComparisonJson.Deserialize(other));
        Assert.Throws<JsonException>(() => KanoComparisonJson.Deserialize("null"));
    }

    [Fact]
    public void Table_spells_out_categories_and_explains_every_term()
    {
        string text = KanoComparison.BySegment(Segments(), "plan", new ComparisonOptions { MonteCarloResamples = 100, Holm = true }).ToText();
        Assert.Contains("Comparison of the values of 'plan', each against the rest of the sample", text, StringComparison.Ordinal);
        Assert.Contains("One-dimensional", text, StringComparison.Ordinal);
        Assert.Contains("Attractive", text, StringComparison.Ordinal);
        Assert.Contains("Cramér's V", text, StringComparison.Ordinal);
        Assert.Contains("Monte-Carlo p = ", text, StringComparison.Ordinal);
        Assert.Contains("Holm-adjusted p = ", text, StringComparison.Ordinal);
        Assert.Contains("no test (fewer than two groups or two categories have answers)", text, StringComparison.Ordinal);
        Assert.Contains("Legend:", text, StringComparison.Ordinal);
        foreach (string term in (string[])["A", "O", "M", "I", "R", "Q", "Better", "Worse", "vs rest", "χ², df, p", "Monte-Carlo p", "Holm-adjusted p"])
        {
            Assert.Contains($"\n  {term} ", text, StringComparison.Ordinal);
        }

        var row = text.Split('\n').Single(line => line.TrimStart().StartsWith("Premium", StringComparison.Ordinal) && line.Contains("One-dimensional", StringComparison.Ordinal));
        Assert.Contains("[", row, StringComparison.Ordinal);
        Assert.DoesNotContain("-0.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wave_table_and_markdown_name_the_shift_in_words()
    {
        var waves = Waves();
        string text = waves.ToText();
        Assert.Contains("shift: Attractive → One-dimensional", text, StringComparison.Ordinal);
        Assert.Contains("not in wave 2025", text, StringComparison.Ordinal);
        Assert.Contains("vs previous", text, StringComparison.Ordinal);
        string markdown = waves.ToMarkdown();
        Assert.StartsWith("# Kano comparison\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Dark mode", markdown, StringComparison.Ordinal);
        Assert.Contains("| wave | n | A | O | M | I | R | Q | category |", markdown, StringComparison.Ordinal);
        Assert.Contains("- shift: Attractive → One-dimensional", markdown, StringComparison.Ordinal);
        Assert.Contains("- **\\***:", markdown, StringComparison.Ordinal);
    }
}
