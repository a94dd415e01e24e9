using System.Text.RegularExpressions;

namespace KanoKit.Tests;

/// <summary>The arrows between the parts of src/KanoKit (docs/architecture.md), and tests that carry their own data, checked on the source itself.</summary>
public partial class RepositoryLayoutTests
{
    private static readonly string Root = TestData.RepositoryRoot();

    private static IEnumerable<(string Path, string Text)> Sources(params string[] folder) =>
        Directory.EnumerateFiles(Path.Combine([Root, .. folder]), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(Root, path), File.ReadAllText(path)));

    [Fact]
    public void Only_Reading_and_Writing_know_System_Text_Json()
    {
        var offenders = Sources("src", "KanoKit")
            .Where(s => s.Text.Contains("System.Text.Json", StringComparison.Ordinal))
            .Select(s => s.Path)
            .Where(path => !path.StartsWith(Path.Combine("src", "KanoKit", "Reading"), StringComparison.Ordinal)
                && !path.StartsWith(Path.Combine("src", "KanoKit", "Writing"), StringComparison.Ordinal));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Statistics_names_no_Reporting_type()
    {
        Assert.Empty(Sources("src", "KanoKit", "Statistics").Where(s => s.Text.Contains("Reporting", StringComparison.Ordinal)).Select(s => s.Path));
    }

    [Fact]
    public void Nothing_below_Writing_names_a_writer_and_nothing_below_Reading_names_a_reader()
    {
        string[] lower = ["Answers", "Classification", "Tallies", "Statistics", "Analysis", "Reporting", "Surveys"];
        var offenders = lower
            .SelectMany(part => Sources("src", "KanoKit", part))
            .Where(s => UsesPart().IsMatch(s.Text))
            .Select(s => s.Path);
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_test_reads_files_outside_the_repository()
    {
        var offenders = Sources("tests")
            .Where(s => s.Path != Path.Combine("tests", "KanoKit.Tests", "RepositoryLayoutTests.cs"))
            .Where(s => s.Text.Contains("\"shared\"", StringComparison.Ordinal) || s.Text.Contains("../shared", StringComparison.Ordinal))
            .Select(s => s.Path);
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\bKanoKit\.(Reading|Writing)\b")]
    private static partial Regex UsesPart();
}
