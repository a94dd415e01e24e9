using System.Text.Json.Serialization;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>Source-generated System.Text.Json metadata for comparison JSON schema v1 (<see cref="ComparisonReport.SchemaV1"/>): its names and shapes live here.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(CategoryCountsJsonConverter),
        typeof(EquatableArrayJsonConverter<FeatureComparison>),
        typeof(EquatableArrayJsonConverter<GroupResult>),
        typeof(EquatableArrayJsonConverter<string>),
    ])]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(Interval))]
[JsonSerializable(typeof(string))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
