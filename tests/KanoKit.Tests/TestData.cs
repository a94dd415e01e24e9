namespace KanoKit.Tests;

/// <summary>Finds the repository above the test binaries and the test data it carries (<c>tests/data</c>, <c>samples/data</c>).</summary>
internal static class TestData
{
    /// <summary>A file under <c>tests/data</c> (see its README for sources and licences).</summary>
    public static string PathOf(params string[] parts)
    {
        string path = Path.Combine([RepositoryRoot(), "tests", "data", .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Test data {path} is missing from the repository.", path);
    }

    /// <summary>The repository's own sample data.</summary>
    public static string SamplePath(string name) => Path.Combine(RepositoryRoot(), "samples", "data", name);

    /// <summary>The folder holding KanoKit.sln.</summary>
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
