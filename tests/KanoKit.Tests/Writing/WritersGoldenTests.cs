using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

/// <summary>
/// Markdown and CSV of the sample survey (samples/data/banking-app.csv, analysed with defaults and segmented by plan)
/// against golden files in Writing/Golden, generated once by these writers and reviewed by reading them. Set
/// KANOKIT_UPDATE_GOLDEN=1 to write them again after a deliberate change, and review the diff.
/// </summary>
public class WritersGoldenTests
{
    internal static KanoReport Sample { get; } =
        SurveyFile.Read(TestData.SamplePath("banking-app.csv"), new SurveyReadOptions { Segments = ["plan"] }).Tallies.Analyze();

    [Fact]
    public void Markdown_of_the_sample_matches_the_golden_file() => Golden("banking-app.md", Sample.ToMarkdown());

    [Fact]
    public void Csv_of_the_sample_matches_the_golden_file() => Golden("banking-app.csv", Sample.ToCsv());

    private static void Golden(string name, string actual)
    {
        string path = Path.GetFullPath(Path.Combine(TestData.SamplePath(name), "..", "..", "..", "tests", "KanoKit.Tests", "Writing", "Golden", name));
        if (Environment.GetEnvironmentVariable("KANOKIT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run once with KANOKIT_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
