using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace KanoKit.Tests.Fuzzing;

/// <summary>
/// The in-process mutation fuzzer: mutants of every seed file must keep <see cref="ReadContract"/>. The budget is
/// time-boxed (about 60 s in CI; <c>KANOKIT_FUZZ_SECONDS</c> raises it), the case sequence is fixed by
/// <c>KANOKIT_FUZZ_SEED</c> (case i of a seed is the same mutant on every run), and the number of cases run is printed.
/// A longer run: <c>KANOKIT_FUZZ_SECONDS=3600 dotnet test tests/KanoKit.Tests -c Release --filter FullyQualifiedName~FuzzTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const long MaxAllocation = 256L << 20;
    private static readonly TimeSpan MaxCaseTime = TimeSpan.FromSeconds(20);

    [Fact]
    public void Mutants_of_every_seed_keep_the_reading_contract()
    {
        int seconds = Setting("KANOKIT_FUZZ_SECONDS", 60);
        int seed = Setting("KANOKIT_FUZZ_SEED", 20261125);
        var seeds = FuzzSeeds.All;
        foreach (var s in seeds)
        {
            Assert.Null(ReadContract.Check(s.Format, s.Bytes)); // the seeds themselves are valid
        }

        var clock = Stopwatch.StartNew();
        var violations = new List<string>();
        long cases = 0;
        while (clock.Elapsed.TotalSeconds < seconds && violations.Count < 20)
        {
            var s = seeds[(int)(cases % seeds.Count)];
            var random = new Random(unchecked((seed * 1_000_003) + (int)cases));
            var mutant = Mutator.Mutate(s.Bytes, s.Format == SeedFormat.Workbook, random);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = clock.Elapsed;
            string? violation = ReadContract.Check(s.Format, mutant);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            var took = clock.Elapsed - started;

            // Resources: a mutant of a few kilobytes never needs more than MaxAllocation (ExcelDataReader once allocated
            // 6.5 GB for one cell reference) nor more than MaxCaseTime (a generous bound that only a hang or a
            // quadratic blow-up reaches, never machine load).
            violation ??= allocated > MaxAllocation ? string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / (1 << 20)} MB")
                : took > MaxCaseTime ? string.Create(CultureInfo.InvariantCulture, $"took {took.TotalSeconds:F0} s")
                : null;
            if (violation is not null)
            {
                violations.Add($"case {cases} ({s.Name}, seed {seed}): {violation}\n  input: {Convert.ToBase64String(mutant)}");
            }

            cases++;
        }

        string summary = string.Create(CultureInfo.InvariantCulture, $"fuzz: {cases} cases in {clock.Elapsed.TotalSeconds:F0} s (seed {seed}), {violations.Count} violations");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(violations.Count == 0, summary + "\n" + string.Join("\n", violations));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
