using System.Text.Json;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>
/// Writes and reads reports as result JSON schema v1: camelCase, <c>"schema": "kanokit/report/v1"</c> at the top,
/// every number the full double, undefined numbers as <c>null</c>.
/// </summary>
public static class KanoJson
{
    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(KanoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, AdditiveReportJson.Report);
    }

    /// <summary>Writes the report as JSON (UTF-8) to <paramref name="stream"/>.</summary>
    public static void Serialize(KanoReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, report, AdditiveReportJson.Report);
    }

    /// <summary>Reads a report written by <see cref="Serialize(KanoReport)"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON of this shape.</exception>
    /// <exception cref="NotSupportedException">The text names a schema other than <see cref="KanoReport.SchemaV1"/>.</exception>
    public static KanoReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Check(JsonSerializer.Deserialize(json, AdditiveReportJson.Report));
    }

    /// <summary>Reads a report (UTF-8 JSON) from <paramref name="stream"/>.</summary>
    /// <exception cref="JsonException">The content is not JSON of this shape.</exception>
    /// <exception cref="NotSupportedException">The content names a schema other than <see cref="KanoReport.SchemaV1"/>.</exception>
    public static KanoReport Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Check(JsonSerializer.Deserialize(stream, AdditiveReportJson.Report));
    }

    private static KanoReport Check(KanoReport? report)
    {
        if (report is null)
        {
            throw new JsonException("The JSON is null, not a KanoKit report.");
        }

        if (report.Schema != KanoReport.SchemaV1)
        {
            throw new NotSupportedException($"The report's schema is '{report.Schema}'; this version of KanoKit reads '{KanoReport.SchemaV1}'.");
        }

        return report;
    }
}
