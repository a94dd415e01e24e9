namespace KanoKit.Tests;

/// <summary>Finds the repository above the test binaries, and <c>../shared/data</c> beside it (where CI puts it).</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts)
    {
        var repository = new DirectoryInfo(RepositoryRoot());
        string path = Path.Combine([repository.Parent!.FullName, "shared", "data", .. parts]);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Shared test data {path} is missing: the repository expects ../shared beside it.", path);
    }

    /// <summary>The repository's own sample data.</summary>
    public static string SamplePath(string name) => Path.Combine(RepositoryRoot(), "samples", "data", name);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No KanoKit.sln above {AppContext.BaseDirectory}.");
    }
}
