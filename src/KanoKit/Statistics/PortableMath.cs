namespace KanoKit.Statistics;

/// <summary>
/// Natural logarithm and exponential built from IEEE 754 addition, multiplication and division only, so that the
/// random draws that use them are bit-identical on every machine (the platform's <see cref="Math.Log(double)"/>
/// and <see cref="Math.Exp"/> come from the C runtime and may differ in the last bit between systems).
/// </summary>
/// <remarks>Accurate to about one unit in the last place; checked against <see cref="Math"/> in the tests.</remarks>
internal static class PortableMath
{
    // ln 2 split so that k · Ln2Hi is exact for |k| < 2¹¹ (fdlibm's constants).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InverseLn2 = 1.44269504088896338700e+00;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>
    /// ln x: x = m · 2ᵉ with m ∈ [√½, √2), then ln m = 2 atanh(s) = 2(s + s³/3 + … + s²³/23) with s = (m − 1)/(m + 1),
    /// |s| ≤ 0.1716. Zero gives −∞, negative or NaN gives NaN, +∞ gives +∞.
    /// </summary>
    public static double Log(double x)
    {
        if (!(x > 0))
        {
            return x == 0 ? double.NegativeInfinity : double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        int exponent = 0;
        if (x < 2.2250738585072014E-308)
        {
            x *= 18014398509481984.0; // 2⁵⁴: subnormals become normal
            exponent = -54;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        double s = (m - 1) / (m + 1);
        return (exponent * Ln2Hi) + ((exponent * Ln2Lo) + AtanhSeries(s));
    }

    /// <summary>
    /// ln(1 + x), accurate for small |x|: for |x| &lt; ¼, 2 atanh(x / (2 + x)) by its series; otherwise <see cref="Log"/>(1 + x).
    /// </summary>
    public static double Log1p(double x) =>
        x > -0.25 && x < 0.25 ? AtanhSeries(x / (2 + x)) : Log(1 + x);

    /// <summary>
    /// eˣ: x = k ln 2 + r with |r| ≤ ½ ln 2, eʳ by its Taylor series to r¹⁷/17!, then scaled by 2ᵏ.
    /// Underflows to 0 below −745.2 and overflows to +∞ above 709.79.
    /// </summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.1332191019412)
        {
            return 0;
        }

        double k = Math.Round(x * InverseLn2, MidpointRounding.ToEven);
        double r = (x - (k * Ln2Hi)) - (k * Ln2Lo);
        double sum = 1.0 / 355687428096000.0; // 1/17!
        sum = (sum * r) + (1.0 / 20922789888000.0);
        sum = (sum * r) + (1.0 / 1307674368000.0);
        sum = (sum * r) + (1.0 / 87178291200.0);
        sum = (sum * r) + (1.0 / 6227020800.0);
        sum = (sum * r) + (1.0 / 479001600.0);
        sum = (sum * r) + (1.0 / 39916800.0);
        sum = (sum * r) + (1.0 / 3628800.0);
        sum = (sum * r) + (1.0 / 362880.0);
        sum = (sum * r) + (1.0 / 40320.0);
        sum = (sum * r) + (1.0 / 5040.0);
        sum = (sum * r) + (1.0 / 720.0);
        sum = (sum * r) + (1.0 / 120.0);
        sum = (sum * r) + (1.0 / 24.0);
        sum = (sum * r) + (1.0 / 6.0);
        sum = (sum * r) + 0.5;
        sum = (sum * r) + 1.0;
        sum = (sum * r) + 1.0;
        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>2 atanh(s) = 2(s + s³/3 + s⁵/5 + … + s²⁹/29), enough terms for |s| ≤ ¼.</summary>
    private static double AtanhSeries(double s)
    {
        double s2 = s * s;
        double sum = 1.0 / 29;
        sum = (sum * s2) + (1.0 / 27);
        sum = (sum * s2) + (1.0 / 25);
        sum = (sum * s2) + (1.0 / 23);
        sum = (sum * s2) + (1.0 / 21);
        sum = (sum * s2) + (1.0 / 19);
        sum = (sum * s2) + (1.0 / 17);
        sum = (sum * s2) + (1.0 / 15);
        sum = (sum * s2) + (1.0 / 13);
        sum = (sum * s2) + (1.0 / 11);
        sum = (sum * s2) + (1.0 / 9);
        sum = (sum * s2) + (1.0 / 7);
        sum = (sum * s2) + (1.0 / 5);
        sum = (sum * s2) + (1.0 / 3);
        return (2 * s) + (2 * s * s2 * sum);
    }
}
