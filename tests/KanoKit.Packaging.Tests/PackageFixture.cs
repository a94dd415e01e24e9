using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace KanoKit.Packaging.Tests;

/// <summary>
/// The packages under test: those in $KANOKIT_PACKAGES or artifacts/packages when they match the repository's
/// version (CI packs before testing), otherwise packed now into a temporary folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly string? _temporary;

    public PackageFixture()
    {
        Repository = FindRepository();
        Version = XDocument.Load(Path.Combine(Repository, "Directory.Build.props"))
            .Descendants("Version").Single().Value;
        string folder = Environment.GetEnvironmentVariable("KANOKIT_PACKAGES") ?? Path.Combine(Repository, "artifacts", "packages");
        string[] packages = ["KanoKit", "KanoKit.Excel", "KanoKit.Cli"];
        // The tool project packs a pointer package and one package per runtime identifier it names; the Native AOT one
        // (linux-x64) only on its own platform.
        string[] packed = [.. packages, .. ToolRuntimeIdentifiers.Where(CanPack).Select(rid => $"KanoKit.Cli.{rid}")];
        if (!packed.All(id => File.Exists(Path.Combine(folder, $"{id}.{Version}.nupkg"))))
        {
            _temporary = Path.Combine(Path.GetTempPath(), $"kanokit-pack-{Guid.NewGuid():N}");
            foreach (string id in packages)
            {
                Pack(Path.Combine(Repository, "src", id, $"{id}.csproj"), _temporary);
            }

            // The tool's runtime packages are packed one by one, the Native AOT one only on its own platform (as .ci/run does).
            foreach (string rid in ToolRuntimeIdentifiers.Where(CanPack))
            {
                Pack(Path.Combine(Repository, "src", "KanoKit.Cli", "KanoKit.Cli.csproj"), _temporary, "-r", rid);
            }

            folder = _temporary;
        }

        Folder = folder;
    }

    /// <summary>The runtime identifiers the tool has packages for (ToolPackageRuntimeIdentifiers in src/KanoKit.Cli/KanoKit.Cli.csproj).</summary>
    public static IReadOnlyList<string> ToolRuntimeIdentifiers { get; } = ["linux-x64", "any"];

    /// <summary>Whether this machine packs the tool's package for <paramref name="rid"/>: Native AOT compiles only for the platform it runs on.</summary>
    public static bool CanPack(string rid) => rid == "any" || rid == System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

    public string Repository { get; }

    public string Version { get; }

    public string Folder { get; }

    public string PathOf(string id, string extension = "nupkg") => Path.Combine(Folder, $"{id}.{Version}.{extension}");

    public static XDocument Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public void Dispose()
    {
        if (_temporary is not null && Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    private static void Pack(string project, string output, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["pack", project, "-c", "Release", "-o", output, "-p:ContinuousIntegrationBuild=true", .. options])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No KanoKit.sln above the test binaries.");
    }
}
