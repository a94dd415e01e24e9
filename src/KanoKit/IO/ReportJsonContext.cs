using System.Text.Json.Serialization;
using KanoKit.Reporting;

namespace KanoKit.IO;

/// <summary>Source-generated System.Text.Json metadata for result JSON schema v1.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(KanoReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
