using KanoKit.Data.Tallies;
using KanoKit.Tallies;

namespace KanoKit.Data.Tests;

/// <summary>Partial tallies JSON (kanokit/tallies/v1): round trip, and merging refuses parts that disagree, naming the part.</summary>
public sealed class TallyJsonTests
{
    private static FeatureTally Feature(string name, long seed)
    {
        var cells = Enumerable.Range(0, 25).Select(i => (i * seed) % 7).ToArray();
        return new FeatureTally(name, PairTally.FromCells(cells, seed), seed % 3, new ImportanceMoments(seed, 5.0 * seed, 25.0 * seed));
    }

    private static PartialTally Part(string scale = "standard", string[]? features = null, string? segment = "region", long seed = 1)
    {
        features ??= ["wifi", "dark mode"];
        var tallies = features.Select(f => Feature(f, seed)).ToArray();
        var segments = segment is null ? [] : new[] { new SegmentTallies(segment, "north", seed, [.. tallies]) };
        return new PartialTally(scale, 2 * seed, tallies, segments);
    }

    [Fact]
    public void Round_trip_keeps_every_count()
    {
        var part = Part(seed: 3);
        var back = TallyJson.Parse(TallyJson.Serialize(part), "p.json");
        Assert.Equal(TallyJson.Serialize(part), TallyJson.Serialize(back));
        Assert.True(part.Features.SequenceEqual(back.Features));
        Assert.Equal(part.Respondents, back.Respondents);
        Assert.Contains("\"schema\": \"kanokit/tallies/v1\"", TallyJson.Serialize(part), StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_adds_cells_missing_rejected_importance_and_respondents()
    {
        var merged = PartialTally.Merge([("a.json", Part(seed: 2)), ("b.json", Part(seed: 5))]);
        var wifi = merged.Features[0];
        Assert.Equal(Feature("wifi", 2).Tally + Feature("wifi", 5).Tally, wifi.Tally);
        Assert.Equal((2 % 3) + (5 % 3), wifi.Rejected);
        Assert.Equal(new ImportanceMoments(7, 35, 175), wifi.Importance);
        Assert.Equal(14, merged.Respondents);
        Assert.Equal(7, Assert.Single(merged.Segments).Respondents);
    }

    [Fact]
    public void A_part_on_another_scale_is_named()
    {
        var e = Assert.Throws<KanoDataException>(() => PartialTally.Merge([("a.json", Part()), ("b.json", Part(scale: "reversed"))]));
        Assert.Equal("b.json", e.DataSource);
        Assert.Contains("'reversed' scale", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_with_other_features_is_named()
    {
        var e = Assert.Throws<KanoDataException>(() => PartialTally.Merge([("a.json", Part()), ("c.json", Part(features: ["wifi", "price"]))]));
        Assert.Equal(("c.json", "price"), (e.DataSource, e.Value));
    }

    [Fact]
    public void A_part_with_other_segment_columns_is_named()
    {
        var e = Assert.Throws<KanoDataException>(() => PartialTally.Merge([("a.json", Part()), ("d.json", Part(segment: "plan"))]));
        Assert.Equal("d.json", e.DataSource);
        Assert.Contains("'plan'", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schema\":\"kanokit/tallies/v2\"}", "$.schema")]
    [InlineData("{\"schema\":\"kanokit/tallies/v1\",\"scale\":\"standard\",\"respondents\":1,\"features\":[{\"name\":\"x\",\"cells\":[1,2],\"missing\":0,\"rejected\":0,\"importance\":{\"count\":0,\"sum\":0,\"sumOfSquares\":0}}],\"segments\":[]}", "$.features[0].cells")]
    [InlineData("{\"schema\":\"kanokit/tallies/v1\",\"scale\":\"standard\",\"respondents\":-1,\"features\":[],\"segments\":[]}", "$.respondents")]
    public void Bad_files_are_refused_with_the_json_path(string json, string path)
    {
        var e = Assert.Throws<KanoDataException>(() => TallyJson.Parse(json, "bad.json"));
        Assert.Equal("bad.json", e.DataSource);
        Assert.StartsWith(path, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_located()
    {
        var e = Assert.Throws<KanoDataException>(() => TallyJson.Parse("{\n  \"schema\": ", "bad.json"));
        Assert.Equal(2, e.Line);
    }
}
