using System.Text.Json;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>
/// Writes and reads comparisons as comparison JSON schema v1: camelCase, <c>"schema": "kanokit/comparison/v1"</c> at
/// the top, then <c>column</c> (segments) or <c>waves</c> (the other one <c>null</c>), <c>settings</c> and
/// <c>features</c>, each with its test and its <c>segments</c>; every number the full double, what was not asked for
/// or is undefined <c>null</c>.
/// </summary>
public static class KanoComparisonJson
{
    /// <summary>The comparison as indented JSON text.</summary>
    public static string Serialize(ComparisonReport comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonSerializer.Serialize(comparison, ComparisonJsonContext.Default.ComparisonReport);
    }

    /// <summary>Reads a comparison written by <see cref="Serialize(ComparisonReport)"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON of this shape.</exception>
    /// <exception cref="NotSupportedException">The text names a schema other than <see cref="ComparisonReport.SchemaV1"/>.</exception>
    public static ComparisonReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var comparison = JsonSerializer.Deserialize(json, ComparisonJsonContext.Default.ComparisonReport)
            ?? throw new JsonException("The JSON is null, not a KanoKit comparison.");
        return comparison.Schema == ComparisonReport.SchemaV1
            ? comparison
            : throw new NotSupportedException($"The comparison's schema is '{comparison.Schema}'; this version of KanoKit reads '{ComparisonReport.SchemaV1}'.");
    }
}
