namespace KanoKit.Statistics;

/// <summary>Pearson's chi-square test of independence of a two-way table (e.g. segment × category).</summary>
/// <param name="ChiSquare">Σ (xᵢⱼ − eᵢⱼ)² / eᵢⱼ with eᵢⱼ = rᵢ cⱼ / n.</param>
/// <param name="Df">(r − 1)(c − 1) over the rows and columns that are not all zero.</param>
/// <param name="P">Upper-tail p-value from the chi-square distribution with <paramref name="Df"/> degrees of freedom.</param>
/// <param name="CramersV">Cramér's V = sqrt(χ² / (n (min(r, c) − 1))), in [0, 1].</param>
/// <param name="SmallExpectedShare">The fraction of expected counts below 5.</param>
/// <param name="Sparse">Whether more than 20 % of expected counts are below 5 (Cochran 1954): the asymptotic p is then doubtful; prefer the Monte-Carlo p.</param>
/// <param name="Rows">r, the rows kept.</param>
/// <param name="Columns">c, the columns kept.</param>
/// <param name="N">n, the table total.</param>
public readonly record struct IndependenceTest(
    double ChiSquare, int Df, double P, double CramersV, double SmallExpectedShare, bool Sparse, int Rows, int Columns, long N);
