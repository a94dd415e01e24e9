namespace KanoKit.Reading;

/// <summary>
/// Recognises functional/dysfunctional column pairs by name, as survey tools name them: suffixes such as
/// <c>_functional</c>/<c>_dysfunctional</c>, <c>_func</c>/<c>_dysf</c>, <c>_f</c>/<c>_d</c>,
/// <c>(functional)</c>/<c>(dysfunctional)</c>, and prefixes <c>F_</c>/<c>D_</c>, all case-insensitive.
/// </summary>
internal static class ColumnPairing
{
    /// <summary>
    /// A naming convention: prefix and suffix of the functional and of the dysfunctional column. Explicit forms are
    /// clearly Kano columns (so a lone one is an error), unlike the one-letter forms.
    /// </summary>
    internal readonly record struct Form(string FunctionalPrefix, string FunctionalSuffix, string DysfunctionalPrefix, string DysfunctionalSuffix, bool Explicit);

    internal static readonly Form[] Forms =
    [
        new(string.Empty, "_functional", string.Empty, "_dysfunctional", true),
        new(string.Empty, " (functional)", string.Empty, " (dysfunctional)", true),
        new(string.Empty, "(functional)", string.Empty, "(dysfunctional)", true),
        new(string.Empty, "-functional", string.Empty, "-dysfunctional", true),
        new(string.Empty, " functional", string.Empty, " dysfunctional", true),
        new("functional_", string.Empty, "dysfunctional_", string.Empty, true),
        new(string.Empty, "_func", string.Empty, "_dysf", true),
        new(string.Empty, "_f", string.Empty, "_d", false),
        new("f_", string.Empty, "d_", string.Empty, false),
    ];

    /// <summary>The feature name if <paramref name="column"/> has the functional form of <paramref name="form"/>.</summary>
    public static string? FunctionalBase(string column, Form form) => Strip(column, form.FunctionalPrefix, form.FunctionalSuffix);

    /// <summary>The feature name if <paramref name="column"/> has the dysfunctional form of <paramref name="form"/>.</summary>
    public static string? DysfunctionalBase(string column, Form form) => Strip(column, form.DysfunctionalPrefix, form.DysfunctionalSuffix);

    public static string Functional(string feature, Form form) => form.FunctionalPrefix + feature + form.FunctionalSuffix;

    public static string Dysfunctional(string feature, Form form) => form.DysfunctionalPrefix + feature + form.DysfunctionalSuffix;

    /// <summary>Strips the feature-name ending of a functional or dysfunctional column for position pairing: "wifi_f" → "wifi".</summary>
    public static string FeatureName(string column)
    {
        foreach (var form in Forms)
        {
            if (FunctionalBase(column, form) is { Length: > 0 } name)
            {
                return name.Trim();
            }
        }

        return column;
    }

    private static string? Strip(string column, string prefix, string suffix)
    {
        if (column.Length <= prefix.Length + suffix.Length
            || !column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !column.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return column[prefix.Length..^suffix.Length];
    }
}
