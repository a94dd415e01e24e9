using FsCheck;
using FsCheck.Fluent;

namespace KanoKit.Tests;

/// <summary>FsCheck generators for Kano data.</summary>
internal static class Generators
{
    /// <summary>Any answer, Missing included (about one in seven).</summary>
    public static Gen<Answer> Answer { get; } = Gen.Frequency(
        (1, Gen.Constant(KanoKit.Answer.Missing)),
        (6, Gen.Choose(1, 5).Select(code => (Answer)code)));

    /// <summary>A tally with 0 … 60 in each cell and 0 … 10 missing, often with empty cells.</summary>
    public static Gen<PairTally> Tally { get; } =
        Gen.Frequency((3, Gen.Choose(0, 60)), (1, Gen.Constant(0))).Select(c => (long)c).ArrayOf(PairTally.CellCount)
            .Zip(Gen.Choose(0, 10), (cells, missing) => PairTally.FromCells(cells, missing));

    public static Arbitrary<PairTally> TallyArb { get; } = Tally.ToArbitrary();

    /// <summary>
    /// Two answer columns of one random length in 0 … 10,000 (rarely a multiple of the vector width), with a random
    /// share of missing answers. Filled from a seed so that large columns generate quickly.
    /// </summary>
    public static Arbitrary<(Answer[] Functional, Answer[] Dysfunctional)> Columns { get; } =
        Gen.Choose(0, 10_000)
            .Zip(Gen.Choose(0, int.MaxValue - 1))
            .Zip(Gen.Choose(0, 40), (ls, missingPercent) => Fill(ls.Item1, ls.Item2, missingPercent))
            .ToArbitrary();

    /// <summary>Random answer columns of the given length, with about <paramref name="missingPercent"/> % missing answers.</summary>
    public static (Answer[] Functional, Answer[] Dysfunctional) Fill(int length, int seed, int missingPercent)
    {
        var random = new Random(seed);
        var functional = new Answer[length];
        var dysfunctional = new Answer[length];
        for (int i = 0; i < length; i++)
        {
            functional[i] = random.Next(100) < missingPercent ? KanoKit.Answer.Missing : (Answer)random.Next(1, 6);
            dysfunctional[i] = random.Next(100) < missingPercent ? KanoKit.Answer.Missing : (Answer)random.Next(1, 6);
        }

        return (functional, dysfunctional);
    }
}
