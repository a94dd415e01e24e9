using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
        typeof(EquatableArrayJsonConverter<KanoCategory>),
        typeof(EquatableArrayJsonConverter<ExclusionCount>),
    ])]
[JsonSerializable(typeof(KanoReport))]
[JsonSerializable(typeof(Interval))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>
/// Schema v1 grows by adding fields, never by renaming or removing them: a field added after the first release is
/// written only when it has a value, so a report computed with the default options is written byte for byte as before,
/// and a reader of an older file sees it as absent (null).
/// </summary>
internal static class AdditiveReportJson
{
    /// <summary>The fields added to schema v1 after its first release, by the type that holds them and their JSON name.</summary>
    private static readonly HashSet<(Type Type, string Name)> Added =
    [
        (typeof(FeatureResult), "stability"),
        (typeof(FeatureResult), "categories"),
        (typeof(FeatureIntervals), "absoluteWorse"),
        (typeof(FeatureIntervals), "functionalMean"),
        (typeof(FeatureIntervals), "dysfunctionalMean"),
        (typeof(ReportSettings), "categoryRule"),
        (typeof(ReportSettings), "resamples"),
        (typeof(ReportSettings), "seed"),
        (typeof(ReportSettings), "questionableFlag"),
        (typeof(ReportSettings), "stabilityThreshold"),
        (typeof(FeatureResult), "questionableFlag"),
        (typeof(KanoReport), "exclusions"),
    ];

    /// <summary>The options of schema v1: <see cref="ReportJsonContext"/> with the added fields left out when null.</summary>
    public static JsonSerializerOptions Options { get; } = new(ReportJsonContext.Default.Options)
    {
        TypeInfoResolver = ReportJsonContext.Default.WithAddedModifier(OmitWhenNull),
    };

    /// <summary>The metadata of <see cref="KanoReport"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<KanoReport> Report { get; } = (JsonTypeInfo<KanoReport>)Options.GetTypeInfo(typeof(KanoReport));

    private static void OmitWhenNull(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (Added.Contains((info.Type, property.Name)))
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }
}
