using KanoKit.Reading.Detection;
using KanoKit.Reading.Layouts;
using KanoKit.Reading.Text;
using KanoKit.Tallies;

namespace KanoKit.Reading;

/// <summary>
/// Turns a stream of survey records into a <see cref="SurveyData"/>: reads the header, settles the layout (the plan's,
/// else detected from the header), and hands the rows to the reader of that layout.
/// </summary>
internal static class SurveyReader
{
    /// <summary>Reads the rows; <paramref name="counting"/> is how long and tall files may tell respondents apart (see <see cref="RespondentCounting"/>).</summary>
    /// <exception cref="RespondentCountingBroken">Counting by runs or hashes, and the ids left its order: read the source again the next way.</exception>
    public static SurveyData Read(ISurveyRows rows, ReadPlan plan, DiagnosticSink sink, RespondentCounting counting = RespondentCounting.Indexed)
    {
        if (!rows.MoveNext())
        {
            sink.Report(DiagnosticKind.NoData, 1, 1, "the file is empty", null, "a header row followed by data rows");
            return Finish(plan with { Layout = plan.Layout == SurveyLayout.Auto ? SurveyLayout.Wide : plan.Layout }, Empty, sink, 0);
        }

        SurveyHeader header;
        bool rowPending = false;
        string? detection = null;
        if (plan.HasHeader && plan.Layout == SurveyLayout.Auto && plan.Features.IsEmpty && !plan.PairByPosition)
        {
            // Detection reads the header and, when there is one, the next row (a second header row or the first answers);
            // that row stays pending for the layout reader.
            var first = CapturedRow.Of(rows);
            rowPending = rows.MoveNext();
            var shape = ExportDetector.Detect(first, rowPending ? CapturedRow.Of(rows) : null, plan, sink);
            header = SurveyHeader.Create(shape.Names, first.Lines, first.Columns, sink);
            plan = plan with { Layout = shape.Layout, Features = shape.Features, Respondent = shape.Respondent ?? plan.Respondent };
            detection = shape.How.Length > 0 ? shape.How : null;
        }
        else if (plan.HasHeader && !plan.Features.IsEmpty)
        {
            // Columns the definition names by position ("#6") may have no header text (matrix sub-columns): not a problem.
            var first = CapturedRow.Of(rows);
            string[] names = [.. first.Fields.Select((name, i) => name.Length == 0 && plan.Features.Any(f => ReferencesPosition(f, i)) ? $"#{i + 1}" : name)];
            header = SurveyHeader.Create(names, first.Lines, first.Columns, sink);
        }
        else
        {
            header = plan.HasHeader ? SurveyHeader.FromRow(rows, sink) : SurveyHeader.Positional(rows);
        }

        var cursor = new RowCursor(rows, header, plan, sink, rowPending) { Counting = counting };
        var layout = plan.Layout != SurveyLayout.Auto ? plan.Layout
            : !plan.Features.IsEmpty ? SurveyLayout.Wide
            : Detect(header);
        plan = plan with { Layout = layout, Delimiter = rows is CsvRecordReader csv ? csv.Delimiter : plan.Delimiter, Detection = detection };
        LayoutResult result;
        try
        {
            result = layout switch
            {
                SurveyLayout.Long => LongLayout.Read(cursor),
                SurveyLayout.Counts => CountsLayout.Read(cursor),
                SurveyLayout.Cells => CellsLayout.Read(cursor),
                SurveyLayout.Tall => TallLayout.Read(cursor),
                _ => WideLayout.Read(cursor),
            };
        }
        catch (KanoDataException e) when (sink.Mode == ReadMode.Lenient && e.DataSource == sink.Source && e.Kind == DiagnosticKind.BadHeader)
        {
            // A structural problem (no column pairs, a required or stated column absent): nothing more can be read,
            // so lenient mode records it like any other problem and returns what it has.
            sink.Report(e.Kind, e.Line, e.Column, e.Problem, e.Value, e.Expected);
            return Finish(plan, Empty, sink, cursor.SkippedHeaderRows);
        }

        // Detected wide features keep their references (by position where the header is blank), so a definition written from them reads again.
        var features = detection is not null && layout == SurveyLayout.Wide && !plan.Features.IsEmpty ? plan.Features : result.Features;
        var data = Finish(plan with { Respondent = result.Respondent, Features = features, OtherColumns = OtherColumns(header, result, plan) }, result, sink, cursor.SkippedHeaderRows);
        data.Counting = cursor.Counting;
        return data;
    }

    /// <summary>The columns read as neither answers, importance, respondent nor segments: attributes of kept respondents, otherwise ignored.</summary>
    private static EquatableArray<string> OtherColumns(SurveyHeader header, LayoutResult result, ReadPlan plan)
    {
        if (plan.Layout is not SurveyLayout.Wide)
        {
            return [];
        }

        var used = new HashSet<int>();
        void Use(string? reference)
        {
            if (reference is not null && header.Find(reference) is int column)
            {
                used.Add(column);
            }
        }

        Use(result.Respondent);
        foreach (var feature in result.Features)
        {
            Use(feature.Functional);
            Use(feature.Dysfunctional);
            Use(feature.Importance);
        }

        foreach (string segment in plan.Segments)
        {
            Use(segment);
        }

        return Enumerable.Range(0, header.Width).Where(c => !used.Contains(c)).Select(c => header.Names[c].Length > 0 ? header.Names[c] : $"#{c + 1}").ToEquatableArray();
    }

    private static bool ReferencesPosition(FeatureDefinition feature, int column)
    {
        string position = $"#{column + 1}";
        return feature.Functional == position || feature.Dysfunctional == position || feature.Importance == position;
    }

    private static LayoutResult Empty => new(new SurveyTallies([]), null, null, []);

    private static SurveyData Finish(ReadPlan plan, LayoutResult result, DiagnosticSink sink, int skippedHeaderRows) =>
        new(plan with { HeaderRows = skippedHeaderRows }, result.Tallies, result.Survey, sink);

    private static SurveyLayout Detect(SurveyHeader header)
    {
        bool Has(string name) => header.Find(name) is not null;
        if (Has("feature") && KanoCategories.All.Any(c => Has(c.Letter().ToString())))
        {
            return SurveyLayout.Counts;
        }

        if (Has("feature") && Has("functional") && Has("dysfunctional"))
        {
            return Has("count") ? SurveyLayout.Cells : SurveyLayout.Long;
        }

        return SurveyLayout.Wide;
    }
}
