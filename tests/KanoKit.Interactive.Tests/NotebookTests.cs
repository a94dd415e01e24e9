using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace KanoKit.Interactive.Tests;

/// <summary>
/// Executes samples/notebook/KanoKit.ipynb cell by cell in an in-process C# kernel and fails on any cell error, or
/// when a cell marked <c>"kanokit": {"expectHtml": true}</c> displays no text/html.
/// </summary>
/// <remarks>
/// The notebook's <c>#r "nuget: KanoKit.Interactive, …"</c> line is replaced by <c>#r</c> lines naming assemblies,
/// because a NuGet restore inside the test would spawn a restore per run: when <c>KANOKIT_PACKAGES</c> names the
/// packed feed (as CI sets it), the KanoKit, KanoKit.Plots and KanoKit.Interactive assemblies are taken out of the
/// packed .nupkg files (the extension from the package's <c>interactive-extensions/dotnet</c> folder, where notebook
/// hosts look for it), so the test proves the packages; otherwise the assemblies built beside this test are used.
/// Either way the kernel extension is found and loaded the way the host does it: by the <see cref="IKernelExtension"/>
/// types of the extension assembly.
/// </remarks>
public partial class NotebookTests
{
    [Fact]
    public async Task The_sample_notebook_runs_cell_by_cell_and_shows_html()
    {
        string root = RepositoryRoot();
        string notebookFolder = Path.Combine(root, "samples", "notebook");
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(notebookFolder, "KanoKit.ipynb")));
        var (references, extension) = Assemblies();

        using var kernel = new CSharpKernel().UseKernelHelpers();
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = notebookFolder;
        try
        {
            int index = 0, ran = 0, withHtml = 0;
            foreach (var cell in notebook.RootElement.GetProperty("cells").EnumerateArray())
            {
                index++;
                if (cell.GetProperty("cell_type").GetString() != "code")
                {
                    continue;
                }

                string source = string.Concat(cell.GetProperty("source").EnumerateArray().Select(line => line.GetString()));
                bool expectHtml = cell.GetProperty("metadata").TryGetProperty("kanokit", out var marks) && marks.GetProperty("expectHtml").GetBoolean();
                bool loadsPackage = NugetReference().IsMatch(source);
                source = NugetReference().Replace(source, string.Join("\n", references.Select(path => $"#r \"{path}\"")));

                var result = await kernel.SendAsync(new SubmitCode(source));
                var events = result.Events;
                var failure = events.OfType<CommandFailed>().FirstOrDefault();
                Assert.True(failure is null, $"cell {index} failed: {failure?.Message}\n{source}");
                if (loadsPackage)
                {
                    await LoadExtensions(extension, kernel);
                }

                bool html = events.OfType<DisplayEvent>().Any(e => e.FormattedValues.Any(v => v.MimeType == "text/html" && v.Value.Length > 0));
                Assert.True(!expectHtml || html, $"cell {index} displayed no text/html:\n{source}");
                // The default formatter also writes HTML (an object dump); KanoKit's formatters mark theirs.
                bool ours = events.OfType<DisplayEvent>().Any(e => e.FormattedValues.Any(v => v.MimeType == "text/html" && v.Value.Contains("class=\"kanokit-", StringComparison.Ordinal)));
                Assert.True(!expectHtml || ours, $"cell {index} was not displayed by KanoKit's formatter:\n{source}");
                ran++;
                withHtml += html ? 1 : 0;
            }

            Assert.True(ran >= 8, $"only {ran} code cells ran");
            Assert.True(withHtml >= 6, $"only {withHtml} cells displayed HTML");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>Loads every <see cref="IKernelExtension"/> of the extension assembly into the kernel, as a notebook host does.</summary>
    private static async Task LoadExtensions(string extensionPath, Kernel kernel)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.GetName().Name == "KanoKit.Interactive")
            ?? Assembly.LoadFrom(extensionPath);
        var types = assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
        }
    }

    /// <summary>The assemblies the notebook's package line stands for, and the kernel extension's path.</summary>
    private static (IReadOnlyList<string> References, string Extension) Assemblies()
    {
        string? feed = Environment.GetEnvironmentVariable("KANOKIT_PACKAGES");
        if (string.IsNullOrEmpty(feed))
        {
            string here = AppContext.BaseDirectory;
            string[] built = ["KanoKit.dll", "KanoKit.Plots.dll", "KanoKit.Interactive.dll"];
            return ([.. built.Select(name => Path.Combine(here, name))], Path.Combine(here, "KanoKit.Interactive.dll"));
        }

        string target = Path.Combine(Path.GetTempPath(), "kanokit-notebook-packages");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var references = new List<string>();
        string extension = string.Empty;
        foreach (string id in (string[])["KanoKit", "KanoKit.Plots", "KanoKit.Interactive"])
        {
            string package = Directory.GetFiles(feed, $"{id}.*.nupkg").Where(p => !p.EndsWith(".snupkg", StringComparison.Ordinal))
                .Single(p => Regex.IsMatch(Path.GetFileName(p), $@"^{Regex.Escape(id)}\.\d"));
            string folder = Path.Combine(target, id);
            ZipFile.ExtractToDirectory(package, folder);
            if (id == "KanoKit.Interactive")
            {
                extension = Path.Combine(folder, "interactive-extensions", "dotnet", "KanoKit.Interactive.dll");
                Assert.True(File.Exists(extension), $"{package} has no interactive-extensions/dotnet/KanoKit.Interactive.dll");
            }

            string lib = Path.Combine(folder, "lib", "net10.0", $"{id}.dll");
            Assert.True(File.Exists(lib), $"{package} has no lib/net10.0/{id}.dll");
            references.Add(lib);
        }

        return (references, extension);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No KanoKit.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^#r\s+""nuget:\s*KanoKit[^""]*""\s*$", RegexOptions.Multiline)]
    private static partial Regex NugetReference();
}
