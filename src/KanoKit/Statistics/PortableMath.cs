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
    /// eˣ: x = (64k + j)·(ln 2)/64 + r with |r| ≤ (ln 2)/128, then eˣ = 2ᵏ · 2^(j/64) · eʳ with 2^(j/64) from a table of
    /// correctly rounded constants and eʳ − 1 by its Taylor series to r⁶/6!. Underflows to 0 below −745.2 and
    /// overflows to +∞ above 709.79.
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

        double n = Math.Round(x * (64 * InverseLn2), MidpointRounding.ToEven);
        double r = (x - (n * (Ln2Hi / 64))) - (n * (Ln2Lo / 64));
        int steps = (int)n;
        int j = steps & 63;
        int k = (steps - j) >> 6;
        double expm1 = r * (1 + (r * (0.5 + (r * ((1.0 / 6) + (r * ((1.0 / 24) + (r * ((1.0 / 120) + (r * (1.0 / 720)))))))))));
        double t = TwoToTheJOver64[j];
        return Math.ScaleB(t + (t * expm1), k);
    }

    /// <summary>2^(j/64) for j = 0 … 63, each the double nearest the exact value.</summary>
    private static ReadOnlySpan<double> TwoToTheJOver64 =>
    [
        1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284,
        1.0442737824274138, 1.0556451783605572, 1.0671404006768237, 1.0787607977571199,
        1.0905077326652577, 1.102382583307841, 1.1143867425958924, 1.1265216186082418,
        1.1387886347566916, 1.1511892299529827, 1.1637248587775775, 1.1763969916502812,
        1.189207115002721, 1.202156731452703, 1.215247359980469, 1.22848053610687,
        1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783,
        1.2968395546510096, 1.3109612115247644, 1.3252366431597413, 1.339667524053303,
        1.3542555469368927, 1.3690024229745905, 1.383909881963832, 1.3989796725383112,
        1.4142135623730951, 1.42961333839197, 1.4451808069770467, 1.460917794180647,
        1.4768261459394993, 1.4929077282912648, 1.5091644275934228, 1.5255981507445384,
        1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267,
        1.6104903319492543, 1.6280274218573478, 1.645755478153965, 1.6636765803267364,
        1.681792830507429, 1.7001063537185235, 1.718619298122478, 1.7373338352737062,
        1.7562521603732995, 1.7753764925265212, 1.7947090750031072, 1.8142521755003989,
        1.8340080864093424, 1.8539791250833855, 1.8741676341103, 1.8945759815869656,
        1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
    ];

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
