using KanoKit.Analysis;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

public class KanoCsvTests
{
    [Fact]
    public void Every_number_round_trips_exactly()
    {
        var report = WritersGoldenTests.Sample;
        var rows = Parse(report.ToCsv());
        var header = rows[0];
        int Column(string name) => header.IndexOf(name);
        var all = report.Features.Select(f => ("", f)).Concat(report.Segments.SelectMany(s => s.Features.Select(f => (s.Value, f)))).ToList();
        Assert.Equal(all.Count + 1, rows.Count);
        for (int i = 0; i < all.Count; i++)
        {
            var (segment, f) = all[i];
            var row = rows[i + 1];
            Assert.Equal(segment, row[Column("segment_value")]);
            Assert.Equal(f.Name, row[Column("feature")]);
            Assert.Equal(f.Better, Read(row[Column("better")]));
            Assert.Equal(f.Worse, Read(row[Column("worse")]));
            Assert.Equal(f.Shares!.Value.A, Read(row[Column("share_A")]));
            Assert.Equal(f.Fong!.Value.Threshold, Read(row[Column("fong_threshold")]));
            Assert.Equal(f.Continuous!.FunctionalSd, Read(row[Column("functional_sd")]));
            Assert.Equal(f.Intervals!.Better!.Value.Lower, Read(row[Column("better_lower")]));
            Assert.Equal(f.GoodnessOfFit!.Value.P, Read(row[Column("chi_square_p")]));
        }
    }

    [Property]
    public void Any_double_round_trips_through_a_field(NormalFloat value)
    {
        string field = value.Get.ToString("R", CultureInfo.InvariantCulture);
        Assert.Equal(value.Get, double.Parse(field, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_are_quoted_as_RFC_4180_says(string field, string written) => Assert.Equal(written, KanoCsv.Quote(field));

    [Fact]
    public void Lines_end_with_CRLF_and_undefined_values_are_empty()
    {
        var report = KanoAnalysis.Analyze([new KanoKit.Tallies.FeatureCounts("empty", default)]);
        string csv = report.ToCsv();
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        var row = Parse(csv)[1];
        Assert.Equal(string.Empty, row[KanoCsv.Columns.ToList().IndexOf("better")]);
        Assert.Equal(string.Empty, row[KanoCsv.Columns.ToList().IndexOf("category")]);
    }

    private static double? Read(string field) => field.Length == 0 ? null : double.Parse(field, CultureInfo.InvariantCulture);

    /// <summary>A minimal RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF records).</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }

        return rows;
    }
}
