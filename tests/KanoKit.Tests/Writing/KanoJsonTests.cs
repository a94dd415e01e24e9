using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;
using KanoKit.Analysis;

namespace KanoKit.Tests.Writing;

public class KanoJsonTests
{
    [Fact]
    public void Json_follows_schema_v1_names()
    {
        var tally = PairTally.Count([Answer.Like, Answer.Neutral, Answer.Like], [Answer.Dislike, Answer.Dislike, Answer.Neutral]);
        var json = KanoJson.Serialize(KanoAnalysis.Analyze([new FeatureTally("Dark mode", tally)]));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("kanokit/report/v1", root.GetProperty("schema").GetString());
        var feature = root.GetProperty("features")[0];
        string[] fields = ["name", "n", "missing", "counts", "category", "better", "worse", "categoryStrength", "totalStrength", "fong", "continuous", "goodnessOfFit", "intervals"];
        foreach (var field in fields)
        {
            Assert.True(feature.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal("Dark mode", feature.GetProperty("name").GetString());
        Assert.Equal(3, feature.GetProperty("n").GetInt32());
        Assert.Equal(1, feature.GetProperty("counts").GetProperty("A").GetInt32());
        Assert.Equal(1, feature.GetProperty("counts").GetProperty("O").GetInt32());
        Assert.Equal(1, feature.GetProperty("counts").GetProperty("M").GetInt32());
        Assert.Equal("MustBe", feature.GetProperty("category").GetString());
        Assert.True(feature.GetProperty("tie").GetBoolean());
        Assert.True(feature.GetProperty("fong").TryGetProperty("statistic", out _));
        Assert.True(feature.GetProperty("fong").TryGetProperty("threshold", out _));
        Assert.True(feature.GetProperty("fong").TryGetProperty("significant", out _));
        foreach (var field in (string[])["functionalMean", "functionalSd", "dysfunctionalMean", "dysfunctionalSd"])
        {
            Assert.True(feature.GetProperty("continuous").TryGetProperty(field, out _), field);
        }

        foreach (var field in (string[])["chiSquare", "df", "p"])
        {
            Assert.True(feature.GetProperty("goodnessOfFit").TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Undefined_numbers_are_written_as_null()
    {
        var json = KanoJson.Serialize(KanoAnalysis.Analyze([new FeatureTally("none", PairTally.FromCells(new long[25], 4))]));
        using var document = JsonDocument.Parse(json);
        var feature = document.RootElement.GetProperty("features")[0];
        Assert.Equal(0, feature.GetProperty("n").GetInt32());
        Assert.Equal(4, feature.GetProperty("missing").GetInt32());
        foreach (var field in (string[])["category", "better", "worse", "categoryStrength", "totalStrength", "fong", "goodnessOfFit"])
        {
            Assert.Equal(JsonValueKind.Null, feature.GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, feature.GetProperty("continuous").GetProperty("functionalMean").ValueKind);
    }

    [Fact]
    public void Numbers_are_written_as_full_doubles()
    {
        var report = KanoAnalysis.Analyze([new FeatureCounts("x", new CategoryCounts(1, 1, 1, 0, 0, 0))]);
        var json = KanoJson.Serialize(report);
        Assert.Contains("0.6666666666666666", json);
    }

    [Property(MaxTest = 100)]
    public Property Reports_round_trip_through_json() =>
        Prop.ForAll(
            Generators.Tally.ArrayOf().ToArbitrary(),
            Gen.Elements(IntervalMethod.Wilson, IntervalMethod.ClopperPearson).ToArbitrary(),
            Gen.Elements(QuadrantSplit.Fixed, QuadrantSplit.FeatureMeans).ToArbitrary(),
            (tallies, method, split) =>
            {
                var options = KanoOptions.Default with { IntervalMethod = method, QuadrantSplit = split, Table = EvaluationTable.Pouliot };
                var report = KanoAnalysis.Analyze(tallies.Select((t, i) => new FeatureTally($"feature {i}", t)), options, tallies.Length * 3);
                var json = KanoJson.Serialize(report);
                return KanoJson.Deserialize(json).Equals(report) && KanoJson.Serialize(KanoJson.Deserialize(json)) == json;
            });

    [Fact]
    public void Published_counts_round_trip_through_a_stream()
    {
        var report = KanoAnalysis.Analyze([new FeatureCounts("p", new CategoryCounts(3, 4, 5, 6, 1, 0), 2)]);
        using var stream = new MemoryStream();
        KanoJson.Serialize(report, stream);
        stream.Position = 0;
        Assert.Equal(report, KanoJson.Deserialize(stream));
    }

    [Fact]
    public void Another_schema_is_refused()
    {
        var json = KanoJson.Serialize(KanoAnalysis.Analyze([new FeatureCounts("p", new CategoryCounts(3, 4, 5, 6, 1, 0))]))
            .Replace("kanokit/report/v1", "kanokit/report/v9", StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => KanoJson.Deserialize(json));
    }
}

public class KanoJsonZeroTests
{
    [Fact]
    public void Json_never_holds_negative_zero()
    {
        // Worse = −(O + M)/N′ is 0 when O + M = 0; its interval's upper bound likewise.
        var report = KanoAnalysis.Analyze([new FeatureCounts("attractive only", new CategoryCounts(5, 0, 0, 5, 0, 0))]);
        string json = KanoJson.Serialize(report);
        Assert.Contains("\"worse\": 0,", json);
        Assert.DoesNotMatch(@"-0(?![.\d])", json);
        Assert.False(double.IsNegative(report.Features[0].Worse!.Value));
        Assert.False(double.IsNegative(report.Features[0].Intervals!.Worse!.Value.Upper));
    }
}
