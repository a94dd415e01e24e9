using System.Collections.Immutable;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Tallies;

namespace KanoKit.Plots.Tests;

/// <summary>The repository's sample survey, and a generated 40-feature survey whose points cluster.</summary>
internal static class Sample
{
    public static KanoReport Banking { get; } = SurveyFile.Read(Path.Combine(RepositoryRoot(), "samples", "data", "banking-app.csv")).Tallies.Analyze();

    /// <summary>
    /// <paramref name="features"/> features in four tight clusters (one per quadrant) with CJK and Latin names, from
    /// category counts drawn with a fixed seed.
    /// </summary>
    public static KanoReport Clustered(int features, int seed = 7)
    {
        var random = new Random(seed);
        var counts = ImmutableArray.CreateBuilder<FeatureCounts>();
        int[][] centres = [[40, 10, 5, 45], [10, 40, 10, 40], [5, 10, 45, 40], [10, 5, 5, 80]];
        for (int i = 0; i < features; i++)
        {
            int[] c = centres[i % 4];
            var cc = new CategoryCounts(
                c[0] + random.Next(4), c[1] + random.Next(4), c[2] + random.Next(4), c[3] + random.Next(4), random.Next(3), random.Next(3));
            string name = i % 5 == 0 ? $"功能 {i} 安全登录" : $"feature number {i}";
            counts.Add(new FeatureCounts(name, cc));
        }

        return KanoAnalysis.Analyze(counts.ToImmutable());
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No KanoKit.sln above {AppContext.BaseDirectory}.");
    }
}
