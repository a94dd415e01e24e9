using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Answers;
using KanoKit.Reading;

namespace KanoKit.Tests.Answers;

/// <summary>
/// Issue 9: the importance lexicon (docs/lexicon.md, "Importance scales": Vagias 2006, Qualtrics, SurveyMonkey, Gallup) —
/// every documented label reads, a column's scale is decided from all the labels it holds, and a label set that fits
/// scales giving different numbers stops with the candidates named, never a guess.
/// </summary>
public sealed class ImportanceLexiconTests
{
    private static SurveyData Read(string text, SurveyDefinition? definition = null, ReadMode mode = ReadMode.Strict) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", new SurveyReadOptions { Mode = mode, Definition = definition });

    private static string Column(params string[] importance) =>
        "id,wifi_functional,wifi_dysfunctional,wifi_importance\n"
        + string.Concat(importance.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1},1,5,\"{v}\"\n")));

    /// <summary>The rows of the importance table: label, scale, point.</summary>
    public static TheoryData<string, string, int> DocumentedLabels()
    {
        var data = new TheoryData<string, string, int>();
        foreach (string line in File.ReadLines(Path.Combine(TestData.RepositoryRoot(), "docs", "lexicon.md")))
        {
            string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 7 && cells[2].Contains("-point", StringComparison.Ordinal))
            {
                data.Add(cells[1], cells[2], int.Parse(cells[3], CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedLabels))]
    public void Every_documented_label_reads_as_its_point_of_its_scale(string label, string scale, int point)
    {
        Assert.True(ImportanceText.TryParse(label.ToUpperInvariant() + " .", decimalComma: false, out ImportanceRating rating));
        Assert.True(rating.IsLabel);
        Assert.Equal(point, ImportanceScales.Value(ImportanceScales.Find(scale), rating.Label));

        // Stated in a definition, the scale gives the label its point.
        var data = Read(Column(label), new SurveyDefinition { ImportanceScale = scale });
        Assert.Equal(point, data.Tallies.Features[0].Importance.Mean);
    }

    [Fact]
    public void The_table_lists_every_label_of_every_scale()
    {
        var documented = DocumentedLabels().Select(row => ((string)row[0], (string)row[1], (int)row[2])).ToHashSet();
        Assert.All(ImportanceScales.All.SelectMany(s => s.Labels.Select(l => (l.Label, s.Name, l.Value))), row => Assert.Contains(row, documented));
        Assert.Equal(ImportanceScales.All.SelectMany(s => s.Labels.Select(l => (l.Label, s.Name))).Distinct().Count(), documented.Count);
    }

    [Theory]
    [InlineData("Very unimportant")]
    [InlineData("Not very important")]
    [InlineData("Important-ish")]
    [InlineData("Extremely unimportant")]
    [InlineData("Muy muy importante")]
    [InlineData("Sehr unwichtig")]
    [InlineData("important")]
    public void Near_misses_are_not_ratings(string text)
    {
        Assert.False(ImportanceText.TryParse(text, decimalComma: false, out ImportanceRating _));
        var error = Assert.Throws<KanoDataException>(() => Read(Column(text)));
        Assert.Equal(DiagnosticKind.BadNumber, error.Kind);
    }

    [Theory]
    [InlineData("5-point", new[] { "Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important" })] // Qualtrics
    [InlineData("5-point-somewhat", new[] { "Not at all important", "Not so important", "Somewhat important", "Very important", "Extremely important" })] // SurveyMonkey
    [InlineData("7-point", new[] { "Not at all important", "Low importance", "Slightly important", "Neutral", "Moderately important", "Very important", "Extremely important" })] // Vagias 2006
    [InlineData("4-point", new[] { "Not important", "Somewhat important", "Very important", "Extremely important" })] // Gallup 2012
    [InlineData("7-point", new[] { "Überhaupt nicht wichtig", "Geringe Wichtigkeit", "Wenig wichtig", "Neutral", "Mittelmäßig wichtig", "Sehr wichtig", "Äußerst wichtig" })]
    [InlineData("5-point", new[] { "Nada importante", "Poco importante", "Moderadamente importante", "Muy importante", "Extremadamente importante" })]
    [InlineData("5-point", new[] { "Überhaupt nicht wichtig", "Wenig wichtig", "Mittelmäßig wichtig", "Sehr wichtig", "Äußerst wichtig" })]
    public void A_column_using_every_label_of_a_scale_is_read_on_that_scale(string scale, string[] labels)
    {
        // Each label once, in reverse order, plus the top label twice more: the mean is exact on the scale's own numbers.
        string[] cells = [.. labels.Reverse(), labels[^1], labels[^1]];
        int points = labels.Length;
        double expected = ((points * (points + 1) / 2.0) + (2 * points)) / (points + 2);

        var moments = Read(Column(cells)).Tallies.Features[0].Importance;

        Assert.Equal(points + 2, moments.Count);
        Assert.Equal(expected, moments.Mean!.Value, 12);
        Assert.Equal((1.0, (double)points), (moments.ScaleMin!.Value, moments.ScaleMax!.Value));
        Assert.Equal(points, ImportanceScales.All[ImportanceScales.Find(scale)].Points);
    }

    [Fact]
    public void Very_important_alone_stops_naming_the_scales_it_could_be_on()
    {
        var error = Assert.Throws<KanoDataException>(() => Read(Column("Very important", "Very important")));

        Assert.Equal(DiagnosticKind.BadNumber, error.Kind);
        Assert.Contains("column 'wifi_importance' holds importance labels ('Very important')", error.Message);
        Assert.Contains("4-point (3)", error.Message);
        Assert.Contains("5-point (4)", error.Message);
        Assert.Contains("7-point (6)", error.Message);
        Assert.Contains("importanceScale", error.Message);
    }

    [Fact]
    public void Lenient_reading_reports_the_ambiguous_column_and_counts_none_of_its_labels()
    {
        var data = Read(Column("Very important", "4", "Moderately important"), mode: ReadMode.Lenient);

        var diagnostic = Assert.Single(data.Diagnostics);
        Assert.Equal((1, Column().IndexOf("wifi_importance", StringComparison.Ordinal) + 1), (diagnostic.Line, diagnostic.Column)); // the column's header cell
        Assert.Equal(1, data.Tallies.Features[0].Importance.Count); // only the number
    }

    [Fact]
    public void A_definition_stating_the_scale_settles_an_ambiguous_column()
    {
        var data = Read(Column("Very important", "Moderately important"), new SurveyDefinition { ImportanceScale = "7-point" });

        Assert.Equal(5.5, data.Tallies.Features[0].Importance.Mean);
        Assert.Equal(7.0, data.Tallies.Features[0].Importance.ScaleMax);
    }

    [Fact]
    public void A_stated_scale_that_lacks_a_label_is_an_error_naming_it()
    {
        var error = Assert.Throws<KanoDataException>(() => Read(Column("Low importance"), new SurveyDefinition { ImportanceScale = "5-point" }));
        Assert.Contains("that the stated scale \"5-point\" does not hold", error.Message);
    }

    [Fact]
    public void Numbers_decide_between_scales_the_labels_leave_open()
    {
        // End labels with numbers up to 8: only the nine-point scale holds them all.
        var data = Read(Column("Not at all important", "8", "Extremely important", "2"));

        Assert.Equal((1 + 8 + 9 + 2) / 4.0, data.Tallies.Features[0].Importance.Mean);
        Assert.Equal((1.0, 9.0), (data.Tallies.Features[0].Importance.ScaleMin!.Value, data.Tallies.Features[0].Importance.ScaleMax!.Value));
    }

    [Fact]
    public void End_labels_with_small_numbers_are_ambiguous()
    {
        var error = Assert.Throws<KanoDataException>(() => Read(Column("Not at all important", "3", "Extremely important")));
        Assert.Contains("and numbers from 3 to 3", error.Message);
        Assert.True(error.Diagnostic.Problem.Contains("9-point (1, 9)", StringComparison.Ordinal), error.Diagnostic.Problem);
    }

    [Fact]
    public void Numbers_with_their_labels_fix_their_own_value_beside_bare_numbers()
    {
        // The issue's example: "3 - Somewhat important" beside a bare 6 on a 1–9 scale.
        var data = Read(Column("3 - Somewhat important", "6", "9 - Extremely important", "1 - Not at all important"));

        Assert.Equal((3 + 6 + 9 + 1) / 4.0, data.Tallies.Features[0].Importance.Mean);
        Assert.Equal((1.0, 9.0), (data.Tallies.Features[0].Importance.ScaleMin!.Value, data.Tallies.Features[0].Importance.ScaleMax!.Value));
    }

    [Fact]
    public void Labels_no_scale_holds_together_are_an_error()
    {
        // "Low importance" is only on the seven-point scale, "Not so important" only on SurveyMonkey's five-point one.
        var error = Assert.Throws<KanoDataException>(() => Read(Column("Low importance", "Not so important")));
        Assert.Contains("that no one importance scale holds", error.Message);
    }

    [Fact]
    public void Each_column_is_decided_on_its_own()
    {
        // wifi uses the five-point labels, tv the seven-point ones: "Very important" is 4 in one column and 6 in the other.
        string five = "Not at all important,Slightly important,Moderately important,Very important,Extremely important";
        string seven = "Not at all important,Low importance,Slightly important,Neutral,Moderately important,Very important,Extremely important";
        string[] f = five.Split(','), s = seven.Split(',');
        var text = new StringBuilder("id,wifi_functional,wifi_dysfunctional,wifi_importance,tv_functional,tv_dysfunctional,tv_importance\n");
        for (int r = 0; r < 7; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r},1,5,{f[Math.Min(r, 4)]},1,5,{s[r]}\n");
        }

        text.Append("8,1,5,Very important,1,5,Very important\n");
        var tallies = Read(text.ToString()).Tallies.Features;

        Assert.Equal((1 + 2 + 3 + 4 + 5 + 5 + 5 + 4) / 8.0, tallies[0].Importance.Mean);
        Assert.Equal((28 + 6) / 8.0, tallies[1].Importance.Mean);
        Assert.Equal((5.0, 7.0), (tallies[0].Importance.ScaleMax!.Value, tallies[1].Importance.ScaleMax!.Value));
    }

    [Fact]
    public void A_long_file_decides_its_one_importance_column_from_every_feature()
    {
        var data = Read(
            "respondent,feature,functional,dysfunctional,importance\n1,wifi,1,5,Very important\n1,tv,1,5,Low importance\n2,wifi,1,5,Neutral\n2,tv,1,5,Not at all important\n"
            + "3,wifi,1,5,Slightly important\n3,tv,1,5,Moderately important\n4,wifi,1,5,Extremely important\n");

        var byName = data.Tallies.Features.ToDictionary(f => f.Name);
        Assert.Equal((6 + 4 + 3 + 7) / 4.0, byName["wifi"].Importance.Mean); // seven-point, decided by tv's "Low importance"
        Assert.Equal((2 + 1 + 5) / 3.0, byName["tv"].Importance.Mean);
    }

    [Property(MaxTest = 60)]
    public Property Labels_read_as_the_numbers_they_stand_for_overall_and_in_segments(PositiveInt seed)
    {
        // A random column on a random fully labelled scale (every point used at least once), split into two segments:
        // the labels' mean and count equal those of the numbers they stand for.
        var random = new Random(seed.Get);
        var scale = ImportanceScales.All[random.Next(4)];
        var english = scale.Labels.Where(l => l.Label.Contains("important", StringComparison.Ordinal) || l.Label is "Low importance" or "Neutral" or "Not too important")
            .GroupBy(l => l.Value).Select(g => g.First()).OrderBy(l => l.Value).ToArray();
        int[] values = [.. Enumerable.Range(1, scale.Points), .. Enumerable.Range(0, random.Next(30)).Select(_ => random.Next(1, scale.Points + 1))];
        random.Shuffle(values);
        var text = new StringBuilder("id,plan,wifi_functional,wifi_dysfunctional,wifi_importance\n");
        for (int r = 0; r < values.Length; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r},{(r % 2 == 0 ? "a" : "b")},1,5,{english[values[r] - 1].Label}\n");
        }

        var data = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "x.csv", new SurveyReadOptions { Mode = ReadMode.Strict, Segments = ["plan"] });
        var overall = data.Tallies.Features[0].Importance;
        var a = data.Tallies.Segments.Single(s => s.Value == "a").Tallies[0].Importance;
        int[] aValues = [.. values.Where((_, r) => r % 2 == 0)];
        return (overall.Count == values.Length && overall.Sum == values.Sum() && overall.ScaleMax == scale.Points
            && a.Count == aValues.Length && a.Sum == aValues.Sum() && a.ScaleMin == 1 && a.ScaleMax == scale.Points)
            .Label($"{scale.Name}: {string.Join(",", values)}");
    }
}
