using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace KanoKit.Packaging.Tests;

public class PackageTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Library_package_carries_readme_licence_tags_and_release_notes()
    {
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit"));
        var metadata = Metadata(package);

        Assert.Equal("KanoKit", Value(metadata, "id"));
        Assert.Equal(fixture.Version, Value(metadata, "version"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        var license = El(metadata, "license")!;
        Assert.Equal("expression", license.Attribute("type")!.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal(["customer-satisfaction", "cx", "kano", "requirements", "survey"], Value(metadata, "tags").Split(' ').Order(StringComparer.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "releaseNotes")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Library_package_has_assembly_and_xml_docs_for_each_target(string framework)
    {
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit"));
        Assert.Contains(package.Entries, e => e.FullName == $"lib/{framework}/KanoKit.dll");
        var docs = package.Entries.Single(e => e.FullName == $"lib/{framework}/KanoKit.xml");
        using var stream = docs.Open();
        var members = XDocument.Load(stream).Descendants("member").Select(m => m.Attribute("name")!.Value).ToList();
        Assert.Contains("T:KanoKit.PairTally", members);
        Assert.Contains(members, m => m.StartsWith("M:KanoKit.PairTally.Count(", StringComparison.Ordinal));
    }

    [Fact]
    public void Library_depends_only_on_what_the_core_needs()
    {
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit"));
        var groups = Els(El(Metadata(package), "dependencies"), "group").ToList();
        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => g.Attribute("targetFramework")!.Value).Order());
        foreach (var group in groups)
        {
            Assert.Equal(["MathNet.Numerics"], Els(group, "dependency").Select(d => d.Attribute("id")!.Value));
        }
    }

    [Fact]
    public void Excel_package_keeps_the_spreadsheet_dependency_out_of_the_core()
    {
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit.Excel"));
        var metadata = Metadata(package);
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Contains(package.Entries, e => e.FullName == "lib/net8.0/KanoKit.Excel.xml");
        Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/KanoKit.Excel.xml");
        foreach (var group in Els(El(metadata, "dependencies"), "group"))
        {
            Assert.Equal(["ExcelDataReader", "KanoKit"], Els(group, "dependency").Select(d => d.Attribute("id")!.Value).Order());
            Assert.Equal(fixture.Version, Els(group, "dependency").Single(d => d.Attribute("id")!.Value == "KanoKit").Attribute("version")!.Value);
        }
    }

    [Fact]
    public void Symbol_packages_sit_beside_the_packages()
    {
        Assert.True(File.Exists(fixture.PathOf("KanoKit", "snupkg")));
        using var symbols = ZipFile.OpenRead(fixture.PathOf("KanoKit", "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net8.0/KanoKit.pdb");
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/KanoKit.pdb");
    }

    [Fact]
    public void Tool_package_installs_the_kanokit_command()
    {
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit.Cli"));
        var metadata = Metadata(package);
        Assert.Equal("DotnetTool", El(El(metadata, "packageTypes"), "packageType")!.Attribute("name")!.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("MIT", Value(metadata, "license"));
        // A pointer package (.NET 10 RID-specific tools): no code, the command, and the package to install per runtime identifier.
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        var settings = ToolSettings(package, "tools/any/any/");
        Assert.Equal("kanokit", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        var ridPackages = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);
        Assert.Equal(PackageFixture.ToolRuntimeIdentifiers.Order(StringComparer.Ordinal), ridPackages.Keys.Order(StringComparer.Ordinal));
        Assert.All(ridPackages, p => Assert.Equal($"KanoKit.Cli.{p.Key}", p.Value));
    }

    [SkippableFact]
    public void The_linux_x64_tool_package_is_one_native_executable()
    {
        Skip.IfNot(PackageFixture.CanPack("linux-x64") || File.Exists(fixture.PathOf("KanoKit.Cli.linux-x64")), "the Native AOT package is packed on linux-x64 only (CI packs it)");
        // Native AOT: the tool starts without a JIT (benchmarks/startup.sh), so the package holds an ELF executable that
        // `dotnet tool install` runs directly, the native libraries it loads, and no IL assembly.
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit.Cli.linux-x64"));
        Assert.Equal(("kanokit", "KanoKit.Cli", "executable"), RuntimePackageCommand(package, "tools/any/linux-x64/"));
        var executable = package.Entries.Single(e => e.FullName == "tools/any/linux-x64/KanoKit.Cli");
        var magic = new byte[4];
        using (var stream = executable.Open())
        {
            stream.ReadExactly(magic);
        }

        Assert.Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], magic);
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) || e.FullName.EndsWith(".dbg", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName == "tools/any/linux-x64/libduckdb.so");
        Assert.Contains(package.Entries, e => e.FullName == "tools/any/linux-x64/libSkiaSharp.so");
    }

    [Fact]
    public void The_any_tool_package_is_IL_that_runs_on_every_platform()
    {
        // The fallback for every platform without a package of its own: framework-dependent IL run by `dotnet`.
        using var package = ZipFile.OpenRead(fixture.PathOf("KanoKit.Cli.any"));
        Assert.Equal(("kanokit", "KanoKit.Cli.dll", "dotnet"), RuntimePackageCommand(package, "tools/net10.0/any/"));
        foreach (string assembly in (string[])["KanoKit.Cli.dll", "KanoKit.dll"])
        {
            var entry = package.Entries.Single(e => e.FullName == $"tools/net10.0/any/{assembly}");
            using var stream = new MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            Assert.True(pe.HasMetadata);
            Assert.Equal(0, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        }
    }

    [Fact]
    public void The_script_sample_asks_for_the_current_version()
    {
        string script = File.ReadAllText(Path.Combine(fixture.Repository, "samples", "script", "analyze.cs"));
        Assert.Contains($"#:package KanoKit@{fixture.Version}", script);
    }

    /// <summary>A tool runtime package's command (name, entry point, runner), after checking that it is one.</summary>
    private static (string Name, string EntryPoint, string Runner) RuntimePackageCommand(ZipArchive package, string folder)
    {
        Assert.Equal("DotnetToolRidPackage", El(El(Metadata(package), "packageTypes"), "packageType")!.Attribute("name")!.Value);
        var command = ToolSettings(package, folder).Descendants("Command").Single();
        return (command.Attribute("Name")!.Value, command.Attribute("EntryPoint")!.Value, command.Attribute("Runner")!.Value);
    }

    private static XDocument ToolSettings(ZipArchive package, string folder)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.Equal($"{folder}DotnetToolSettings.xml", entry.FullName);
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static XElement Metadata(ZipArchive package) => El(PackageFixture.Nuspec(package).Root!, "metadata")!;

    private static string Value(XElement metadata, string name) => El(metadata, name)!.Value;

    // Nuspec namespaces differ between package kinds (2012/06 for tools, 2013/05 for libraries): match by local name.
    private static XElement? El(XElement? parent, string name) => parent?.Element(parent.Name.Namespace + name);

    private static IEnumerable<XElement> Els(XElement? parent, string name) => parent?.Elements(parent.Name.Namespace + name) ?? [];
}
