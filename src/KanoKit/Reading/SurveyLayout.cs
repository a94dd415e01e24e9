namespace KanoKit.Reading;

/// <summary>The shape of a survey file.</summary>
public enum SurveyLayout
{
    /// <summary>Detect from the header: counts, cells, long, else wide.</summary>
    Auto = 0,

    /// <summary>One row per respondent and feature: <c>respondent,feature,functional,dysfunctional</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "'Long' is the survey-data term (long versus wide), not a type name.")]
    Long = 1,

    /// <summary>One row per respondent: a respondent column plus a functional and a dysfunctional column per feature.</summary>
    Wide = 2,

    /// <summary>Published category counts: <c>feature,A,O,M,I,R,Q</c> (and optionally <c>missing</c>).</summary>
    Counts = 3,

    /// <summary>Counted answer pairs, e.g. from a database: <c>feature,functional,dysfunctional,count</c>.</summary>
    Cells = 4,

    /// <summary>One answer per row: <c>respondent,feature,question_type,answer</c>, the question type saying functional or dysfunctional.</summary>
    Tall = 5,
}
