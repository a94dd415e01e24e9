using System.Diagnostics;
using KanoKit.Cli;

namespace KanoKit.Cli.Tests;

/// <summary>
/// Runs <c>kanokit</c> in process (fast) or as a real process (exit code and streams as a shell sees them). With the
/// environment variable <c>KANOKIT_CLI</c> set to an executable (the installed tool: .ci/package-proof sets it to the
/// Native AOT <c>kanokit</c> that <c>dotnet tool install</c> put in place), every run is a process of that executable,
/// so that this whole suite checks the shipped binary, not only the IL it was compiled from.
/// </summary>
internal static class CliRunner
{
    /// <summary>The executable named by <c>KANOKIT_CLI</c>, or null to run in process.</summary>
    public static string? Executable { get; } = Environment.GetEnvironmentVariable("KANOKIT_CLI") is { Length: > 0 } path ? path : null;

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        if (Executable is not null)
        {
            return RunProcess(args);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        int code = KanoCommand.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Result RunProcess(params string[] args) => RunProcessWith(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="RunProcess"/>, with these environment variables set (a locale, say).</summary>
    public static Result RunProcessWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        if (Executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KanoKit.Cli.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static string RepositoryFile(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KanoKit.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory!.FullName, .. parts]);
    }
}

/// <summary>A temporary file deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile WithText(string text, string extension = ".csv") => WithBytes(System.Text.Encoding.UTF8.GetBytes(text), extension);

    public static TempFile WithBytes(byte[] bytes, string extension = ".csv")
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kanokit-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return new TempFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
