using System.Text.Json.Serialization;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>Source-generated System.Text.Json metadata for result JSON schema v1: the names and shapes of the schema live here, not on the result types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(CategoryCountsJsonConverter),
        typeof(CategoryValuesJsonConverter<double>),
        typeof(CategoryValuesJsonConverter<Interval>),
        typeof(EquatableArrayJsonConverter<FeatureResult>),
        typeof(EquatableArrayJsonConverter<SegmentReport>),
        typeof(EquatableArrayJsonConverter<string>),
    ])]
[JsonSerializable(typeof(KanoReport))]
[JsonSerializable(typeof(Interval))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
