namespace KanoKit.Tests;

/// <summary>Finds <c>../shared/data</c> beside the repository (where CI puts it).</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException($"No KanoKit.sln above {AppContext.BaseDirectory}.");
        }

        string path = Path.Combine([directory.Parent.FullName, "shared", "data", .. parts]);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Shared test data {path} is missing: the repository expects ../shared beside it.", path);
    }

    /// <summary>The repository's own sample data.</summary>
    public static string SamplePath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", "data", name);
    }
}
