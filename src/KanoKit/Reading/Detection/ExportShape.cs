namespace KanoKit.Reading.Detection;

/// <summary>
/// What detection understood from the header rows: the layout, the header names to use (question texts where the
/// first row is blank), the features with their columns, the respondent column, and every other column.
/// </summary>
internal sealed record ExportShape(
    SurveyLayout Layout,
    string[] Names,
    EquatableArray<FeatureDefinition> Features,
    string? Respondent,
    string How)
{
    /// <summary>Nothing detected beyond today's rules: the header is read as it is.</summary>
    public static ExportShape AsIs(string[] names) => new(SurveyLayout.Auto, names, [], null, string.Empty);
}
