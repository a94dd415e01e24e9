namespace KanoKit.Tests.Statistics;

/// <summary>The worked examples of KANO-METHODS.md, shared by the statistics tests.</summary>
internal static class WorkedExamples
{
    /// <summary>§3–§6: A=20, O=30, M=25, I=15, R=5, Q=5 (N = 100).</summary>
    public static CategoryCounts Example { get; } = new(20, 30, 25, 15, 5, 5);

    /// <summary>§3 tie example: A=10, O=10, M=10, I=5.</summary>
    public static CategoryCounts Tie { get; } = new(10, 10, 10, 5, 0, 0);

    /// <summary>§3 goodness of fit: M=95, O=123, A=45, I=33.</summary>
    public static CategoryCounts GoodnessOfFit { get; } = new(45, 123, 95, 33, 0, 0);
}
