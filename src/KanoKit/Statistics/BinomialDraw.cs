namespace KanoKit.Statistics;

/// <summary>
/// Exact binomial random variates in O(1) expected time for any n: inversion when n·min(p, 1 − p) &lt; 10, and
/// Hörmann's (1993) BTRS transformed rejection with squeeze otherwise.
/// </summary>
/// <remarks>
/// <para>Inversion (Kachitvichyanukul &amp; Schmeiser 1988, BINV): with q = 1 − p, s = p/q, a = (n + 1)s,
/// start at P(0) = qⁿ and walk P(x) = P(x − 1)(a/x − s) until the uniform is used up; expected n·p + 1 steps, and
/// no truncation (a draw that rounding carries past n is repeated).</para>
/// <para>BTRS (Hörmann 1993, "The generation of binomial random variates", J. Statist. Comput. Simul. 46:101–110),
/// for n·p ≥ 10 with p ≤ ½: spq = √(npq), b = 1.15 + 2.53 spq, a = −0.0873 + 0.0248 b + 0.01 p, c = np + ½,
/// v_r = 0.92 − 4.2/b, α = (2.83 + 5.1/b) spq; draw U, V uniform, u = U − ½, us = ½ − |u|,
/// k = ⌊(2a/us + b) u + c⌋; accept at once when us ≥ 0.07 and V ≤ v_r, otherwise when
/// ln(V α / (a/us² + b)) ≤ ln(f(k)/f(m)) with m = ⌊(n + 1)p⌋, the log-ratio written as
/// ln k! by Stirling's series with a table for k ≤ 9 (the rearrangement PyTorch and TensorFlow use, which avoids
/// cancellation for large n). p &gt; ½ is drawn as n − Binomial(n, 1 − p).</para>
/// All logarithms and exponentials come from <see cref="PortableMath"/>, so draws are bit-identical across machines.
/// </remarks>
internal static class BinomialDraw
{
    /// <summary>One Binomial(<paramref name="n"/>, <paramref name="p"/>) variate; p is clamped to [0, 1].</summary>
    public static long Sample(ref Xoshiro256StarStar random, long n, double p) => Sample(ref random, n, new Probability(p));

    /// <summary>One Binomial(<paramref name="n"/>, p) variate with the n-free constants of p prepared once.</summary>
    public static long Sample(ref Xoshiro256StarStar random, long n, in Probability p)
    {
        if (n <= 0 || !(p.Value > 0))
        {
            return 0;
        }

        if (p.Value >= 1)
        {
            return n;
        }

        long k = n * p.Small < 10 ? Inversion(ref random, n, p) : Btrs(ref random, n, p.Small);
        return p.Flipped ? n - k : k;
    }

    private static long Inversion(ref Xoshiro256StarStar random, long n, in Probability p)
    {
        double s = p.Odds;
        double a = (n + 1) * s;
        double first = PortableMath.Exp(n * p.LogComplement);
        while (true)
        {
            double u = random.NextOpenDouble();
            double r = first;
            long x = 0;
            while (u > r)
            {
                u -= r;
                x++;
                if (x > n)
                {
                    break;
                }

                r *= (a / x) - s;
            }

            if (x <= n)
            {
                return x;
            }
        }
    }

    private static long Btrs(ref Xoshiro256StarStar random, long n, double p)
    {
        double spq = Math.Sqrt(n * p * (1 - p));
        double b = 1.15 + (2.53 * spq);
        double a = -0.0873 + (0.0248 * b) + (0.01 * p);
        double c = (n * p) + 0.5;
        double vr = 0.92 - (4.2 / b);
        while (true)
        {
            double u = random.NextOpenDouble() - 0.5;
            double v = random.NextOpenDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((((2 * a) / us) + b) * u + c);
            if (k < 0 || k > n)
            {
                continue;
            }

            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            double alpha = (2.83 + (5.1 / b)) * spq;
            double lhs = PortableMath.Log(v * alpha / ((a / (us * us)) + b));
            if (lhs <= LogRatioToMode(n, p, k))
            {
                return (long)k;
            }
        }
    }

    /// <summary>ln(f(k) / f(m)) for the Binomial(n, p) probabilities f, with m = ⌊(n + 1)p⌋.</summary>
    private static double LogRatioToMode(long n, double p, double k)
    {
        double m = Math.Floor((n + 1) * p);
        double r = p / (1 - p);
        double nm = n - m + 1;
        double nk = n - k + 1;
        return ((m + 0.5) * PortableMath.Log((m + 1) / (r * nm)))
            + ((n + 1) * PortableMath.Log(nm / nk))
            + ((k + 0.5) * PortableMath.Log(r * nk / (k + 1)))
            + StirlingTail(m) + StirlingTail(n - m) - StirlingTail(k) - StirlingTail(n - k);
    }

    /// <summary>
    /// ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π]: a table for k ≤ 9, otherwise Stirling's series
    /// 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) with x = k + 1.
    /// </summary>
    internal static double StirlingTail(double k)
    {
        if (k <= 9)
        {
            return Tail[(int)k];
        }

        double x = k + 1;
        double x2 = x * x;
        return ((((((((1.0 / 1188) / x2) - (1.0 / 1680)) / x2) + (1.0 / 1260)) / x2) - (1.0 / 360)) / x2 + (1.0 / 12)) / x;
    }

    /// <summary>A success probability with the constants the draws need that do not depend on n.</summary>
    internal readonly struct Probability
    {
        public Probability(double p)
        {
            Value = p;
            Flipped = p > 0.5;
            Small = Flipped ? 1 - p : p;
            Odds = Small / (1 - Small);
            LogComplement = Small > 0 && Small < 1 ? PortableMath.Log1p(-Small) : 0;
        }

        /// <summary>p as given.</summary>
        public double Value { get; }

        /// <summary>Whether p &gt; ½, drawn as n − Binomial(n, 1 − p).</summary>
        public bool Flipped { get; }

        /// <summary>min(p, 1 − p).</summary>
        public double Small { get; }

        /// <summary>Small / (1 − Small).</summary>
        public double Odds { get; }

        /// <summary>ln(1 − Small).</summary>
        public double LogComplement { get; }
    }

    private static ReadOnlySpan<double> Tail =>
    [
        0.0810614667953272582, 0.0413406959554092940, 0.0276779256849983391, 0.0207906721037650931,
        0.0166446911898211922, 0.0138761288230707480, 0.0118967099458917701, 0.0104112652619720965,
        0.00925546218271273292, 0.00833056343336287126,
    ];
}
