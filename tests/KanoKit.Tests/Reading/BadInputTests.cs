using System.Text;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Analysis;

namespace KanoKit.Tests.Reading;

/// <summary>Every kind of bad input, strict and lenient: the right exception or diagnostic, line and column, and counts that add up.</summary>
public class BadInputTests
{
    private const string Header = "id,wifi_functional,wifi_dysfunctional,tv_functional,tv_dysfunctional\n";

    public static TheoryData<string, byte[], DiagnosticKind, int, int, string> Cases => new()
    {
        { "unknown label", Bytes(Header + "a,1,5,3,3\nb,I adore it,5,3,3\nc,1,5,3,3\n"), DiagnosticKind.UnknownAnswer, 3, 3, "'I adore it' is not an answer" },
        { "out-of-range code", Bytes(Header + "a,1,5,3,3\nb,1,5,3,7\n"), DiagnosticKind.UnknownAnswer, 3, 9, "'7' is not an answer in column 'tv_dysfunctional'" },
        { "ragged row (long)", Bytes(Header + "a,1,5,3,3\nb,1,5,3,3,9\nc,1,5,3,3\n"), DiagnosticKind.RaggedRow, 3, 11, "6 fields but the header has 5" },
        { "ragged row (short)", Bytes(Header + "a,1,5,3,3\nb,1,5\nc,1,5,3,3\n"), DiagnosticKind.RaggedRow, 3, 6, "3 fields but the header has 5" },
        { "unpaired column", Bytes("id,wifi_functional,wifi_dysfunctional,tv_functional\na,1,5,3\n"), DiagnosticKind.BadHeader, 1, 39, "column 'tv_functional' has no dysfunctional partner" },
        { "duplicate feature", Bytes("id,wifi_functional,wifi_dysfunctional,wifi_f,wifi_d\na,1,5,3,3\n"), DiagnosticKind.BadHeader, 1, 39, "feature 'wifi' has two column pairs" },
        { "duplicate column", Bytes("id,wifi_functional,wifi_dysfunctional,id\na,1,5,x\n"), DiagnosticKind.BadHeader, 1, 39, "duplicate column 'id'" },
        { "empty file", [], DiagnosticKind.NoData, 1, 1, "the file is empty" },
        { "header only", Bytes(Header), DiagnosticKind.NoData, 2, 1, "no data rows" },
        { "invalid UTF-8", [.. Bytes(Header + "a,1,5,3,3\nb,1,5,"), 0xC3, 0x28, .. Bytes(",3\nc,1,5,3,3\n")], DiagnosticKind.Encoding, 3, 7, "not valid UTF-8" },
        { "unclosed quote", Bytes(Header + "a,1,5,3,3\nb,1,5,\"3,3\nc,1,5,3,3\n"), DiagnosticKind.Syntax, 3, 7, "never closed" },
        { "text after a closing quote", Bytes(Header + "a,1,5,3,3\nb,\"1\"x,5,3,3\nc,1,5,3,3\n"), DiagnosticKind.Syntax, 3, 6, "text follows a closing quote" },
        { "huge field", Bytes(Header + "a,1,5,3,3\nb,1,5," + new string('3', 5000) + ",3\nc,1,5,3,3\n"), DiagnosticKind.Syntax, 3, 7, "longer than 1000 characters" },
        { "binary junk", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00], DiagnosticKind.Encoding, 1, 6, "binary" },
    };

    private static readonly SurveyReadOptions Strict = new() { MaxFieldLength = 1000 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strict_mode_stops_with_a_located_exception(string kind, byte[] content, DiagnosticKind _, int line, int column, string problem)
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(content), "bad.csv", Strict));
        Assert.True((line, column) == (error.Line, error.Column), $"{kind}: expected {line}:{column}, got {error.Message}");
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"bad.csv:{line}:{column}: ", error.Message);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lenient_mode_records_a_diagnostic_and_the_counts_add_up(string kind, byte[] content, DiagnosticKind diagnosticKind, int line, int column, string problem)
    {
        var data = SurveyFile.Read(new MemoryStream(content), "bad.csv", Strict with { Mode = ReadMode.Lenient });

        Assert.False(data.IsClean, kind);
        var diagnostic = data.Diagnostics.First(d => d.Kind == diagnosticKind);
        Assert.True((line, column) == (diagnostic.Line, diagnostic.Column), $"{kind}: expected {line}:{column}, got {diagnostic}");
        Assert.Contains(problem, diagnostic.Problem);
        Assert.Equal(data.DiagnosticTotal, Enum.GetValues<DiagnosticKind>().Sum(data.DiagnosticCount));
        foreach (var feature in data.Tallies.Features)
        {
            // Nothing is lost silently: every respondent read is analysed, missing or rejected for every feature.
            Assert.Equal(data.Respondents, feature.Tally.Total + feature.Tally.Missing + feature.Rejected);
        }
    }

    [Fact]
    public void Lenient_mode_rejects_only_the_offending_pair()
    {
        var data = SurveyFile.Read(new MemoryStream(Bytes(Header + "a,1,5,3,3\nb,I adore it,5,3,3\nc,1,5,3,3\n")), "bad.csv", new SurveyReadOptions { Mode = ReadMode.Lenient });
        Assert.Equal(3, data.Respondents);
        Assert.Equal((2L, 0L, 1L), (data.Tallies.Features[0].Tally.Total, data.Tallies.Features[0].Tally.Missing, data.Tallies.Features[0].Rejected));
        Assert.Equal((3L, 0L), (data.Tallies.Features[1].Tally.Total, data.Tallies.Features[1].Rejected));
        var report = data.Tallies.Analyze();
        Assert.Equal(1, report["wifi"].Rejected);
    }

    [Fact]
    public void Lenient_mode_rejects_a_damaged_row_whole()
    {
        var data = SurveyFile.Read(new MemoryStream(Bytes(Header + "a,1,5,3,3\nb,1,5,3,3,9\nc,1,5,3,3\n")), "bad.csv", new SurveyReadOptions { Mode = ReadMode.Lenient });
        Assert.All(data.Tallies.Features, t => Assert.Equal((2L, 1L), (t.Tally.Total, t.Rejected)));
    }

    [Fact]
    public void Lenient_mode_counts_every_problem_even_past_the_kept_ones()
    {
        var text = new StringBuilder(Header);
        for (int i = 0; i < 12_000; i++)
        {
            text.Append('r').Append(i).Append(",1,9,3,3\n");
        }

        var data = SurveyFile.Read(new MemoryStream(Bytes(text.ToString())), "many.csv", new SurveyReadOptions { Mode = ReadMode.Lenient });
        Assert.Equal(12_000, data.DiagnosticTotal);
        Assert.Equal(10_000, data.Diagnostics.Count);
        Assert.Equal(12_000, data.Tallies.Features[0].Rejected);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
