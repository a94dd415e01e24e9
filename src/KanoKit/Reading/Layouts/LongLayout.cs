using KanoKit.Reading.Detection;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Reads a long file: one row per respondent and feature (<c>respondent,feature,functional,dysfunctional</c>, optionally
/// <c>importance</c> and segment columns). Respondents and features keep first-seen order; a respondent with no row for
/// a feature is missing for it; a respondent's segment values are those of their first row. Names are held once each,
/// looked up from the row's text without allocating. Respondents are told apart as <see cref="RespondentIndex"/> says:
/// when rows come grouped by respondent in sorted order (the usual export), only the current respondent is held and
/// memory stays flat in the file size; otherwise it grows with respondents and features, never with rows.
/// </summary>
internal sealed class LongLayout
{
    private const string Expected = "the columns respondent,feature,functional,dysfunctional";
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response id", "id"];

    private readonly RowCursor _cursor;
    private readonly int _respondentColumn;
    private readonly int _featureColumn;
    private readonly int _functionalColumn;
    private readonly int _dysfunctionalColumn;
    private readonly int? _importanceColumn;
    private readonly TallyBuilder _tallies;
    private readonly SegmentRouter _segments;
    private readonly FeatureNames _features = new();
    private AnsweredSet[] _answered = new AnsweredSet[16]; // indexed: who answered each feature
    private int[] _answeredBy = new int[16]; // runs or hashes (ordinals only grow): the last respondent who answered each feature, plus one
    private FeatureAccumulator[] _overall = new FeatureAccumulator[16];
    private readonly List<(int Respondent, int Feature, Answer Functional, Answer Dysfunctional)>? _keep;
    private readonly RespondentIndex _respondents;

    private LongLayout(RowCursor cursor)
    {
        _cursor = cursor;
        _respondentColumn = (cursor.Plan.Respondent is { } stated ? cursor.Header.Find(stated) : RespondentNames.Select(cursor.Header.Find).FirstOrDefault(c => c is not null) ?? ColumnNames.Find(cursor.Header.Names, ColumnRole.Respondent))
            ?? throw cursor.Sink.Fatal(DiagnosticKind.BadHeader, cursor.Header.Line, 1, "the header has no 'respondent' column", null, Expected);
        _featureColumn = Column(cursor, "feature", ColumnRole.Feature);
        _functionalColumn = Column(cursor, "functional", ColumnRole.Functional);
        _dysfunctionalColumn = Column(cursor, "dysfunctional", ColumnRole.Dysfunctional);
        _importanceColumn = cursor.Header.Find("importance") ?? ColumnNames.Find(cursor.Header.Names, ColumnRole.Importance);
        int[] segmentColumns = cursor.SegmentColumns();
        _tallies = new TallyBuilder(segmentColumns.Select(c => cursor.Header.Names[c]));
        _segments = new SegmentRouter(segmentColumns, _tallies);
        _keep = cursor.Plan.KeepRespondents ? [] : null;
        if (_keep is not null)
        {
            cursor.Counting = RespondentCounting.Indexed; // the kept survey names every respondent
        }

        _respondents = new RespondentIndex(cursor, _segments, _tallies, cursor.Counting);
    }

    public static LayoutResult Read(RowCursor cursor) => new LongLayout(cursor).Read();

    /// <summary>A column by its usual name, else by the names exports give it (<c>feature_name</c>, <c>functional_answer</c>, …).</summary>
    private static int Column(RowCursor cursor, string name, ColumnRole role) =>
        cursor.Header.Find(name) ?? ColumnNames.Find(cursor.Header.Names, role) ?? cursor.Require(name, Expected);

    private LayoutResult Read()
    {
        if (_cursor.FirstDataRow([_functionalColumn, _dysfunctionalColumn]))
        {
            do
            {
                ReadRow();
            }
            while (_cursor.NextRow());
        }

        var header = _cursor.Header;
        if (_importanceColumn is int importanceColumn)
        {
            _cursor.SettleImportance(_tallies, _ => importanceColumn);
        }

        return new LayoutResult(
            _tallies.Build(_respondents.Count),
            _keep is null ? null : Survey(),
            header.Names[_respondentColumn],
            Enumerable.Range(0, _tallies.FeatureCount)
                .Select(f => new FeatureDefinition(_tallies.FeatureName(f), header.Names[_functionalColumn], header.Names[_dysfunctionalColumn], _importanceColumn is int i ? header.Names[i] : null))
                .ToEquatableArray());
    }

    private void ReadRow()
    {
        bool whole = _cursor.RowIsWhole();
        var respondentText = _cursor.Text(_respondentColumn);
        var featureText = _cursor.Text(_featureColumn);
        if (respondentText.IsEmpty)
        {
            // Without a respondent the row belongs to no one: its diagnostic is the record of it.
            if (whole)
            {
                _cursor.Report(DiagnosticKind.BadRespondent, _respondentColumn, "the respondent id is empty", string.Empty, "a respondent id");
            }

            return;
        }

        int respondent = _respondents.Of(respondentText);
        if (featureText.IsEmpty)
        {
            if (whole)
            {
                _cursor.Report(DiagnosticKind.BadHeader, _featureColumn, "the feature name is empty", string.Empty, "a feature name");
            }

            return;
        }

        int feature = FeatureOf(featureText);
        if (!Answers(feature, respondent))
        {
            _cursor.Report(
                DiagnosticKind.BadRespondent, _featureColumn,
                $"respondent '{respondentText.ToString()}' answers feature '{featureText.ToString()}' twice", featureText.ToString(), "one row per respondent and feature");
            return;
        }

        var segments = _respondents.SegmentsOf(respondent);
        Answer functional = Answer.Missing, dysfunctional = Answer.Missing;
        bool readable = whole && _cursor.TryPair(_functionalColumn, _dysfunctionalColumn, out functional, out dysfunctional);
        _overall[feature].Add(readable, functional, dysfunctional);
        foreach (int slot in segments)
        {
            _tallies.Segment(slot)[feature].Add(readable, functional, dysfunctional);
        }

        if (readable && _importanceColumn is int column && !_cursor.Text(column).IsEmpty && _cursor.TryImportance(column, out var importance))
        {
            _tallies.Overall(feature).AddImportance(importance);
            foreach (int slot in segments)
            {
                _tallies.Segment(slot)[feature].AddImportance(importance);
            }
        }

        _keep?.Add((respondent, feature, readable ? functional : Answer.Missing, readable ? dysfunctional : Answer.Missing));
    }

    /// <summary>Records that <paramref name="respondent"/> answers <paramref name="feature"/>; false when they already did.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Answers(int feature, int respondent)
    {
        if (_respondents.Counting == RespondentCounting.Indexed)
        {
            return _answered[feature].Add(respondent);
        }

        // Respondents come one after another and never return: only the current one can have answered before.
        ref int by = ref _answeredBy[feature];
        if (by == respondent + 1)
        {
            return false;
        }

        by = respondent + 1;
        return true;
    }

    private int FeatureOf(ReadOnlySpan<char> name)
    {
        int feature = _features.Find(name, out bool added);
        if (added)
        {
            if (feature >= _cursor.Plan.MaxFeatures)
            {
                throw _cursor.Sink.Fatal(
                    DiagnosticKind.Syntax, _cursor.Rows.LineOf(_featureColumn), _cursor.Rows.ColumnOf(_featureColumn),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file names more than {_cursor.Plan.MaxFeatures} features, the limit MaxFeatures"), null,
                    "fewer features, or a higher SurveyReadOptions.MaxFeatures");
            }

            _tallies.AddFeature(_features.NameOf(feature));
            if (feature == _answered.Length)
            {
                Array.Resize(ref _answered, feature * 2);
                Array.Resize(ref _answeredBy, feature * 2);
                Array.Resize(ref _overall, feature * 2);
            }

            _answered[feature] = new AnsweredSet();
            _overall[feature] = _tallies.Overall(feature);
        }

        return feature;
    }

    private KanoSurvey Survey()
    {
        int respondents = _respondents.Count;
        var functional = Enumerable.Range(0, _tallies.FeatureCount).Select(_ => new Answer[respondents]).ToArray();
        var dysfunctional = Enumerable.Range(0, _tallies.FeatureCount).Select(_ => new Answer[respondents]).ToArray();
        foreach (var (r, f, fa, da) in _keep!)
        {
            functional[f][r] = fa;
            dysfunctional[f][r] = da;
        }

        return KanoSurvey.Create(
            Enumerable.Range(0, respondents).Select(_respondents.IdOf),
            Enumerable.Range(0, _tallies.FeatureCount).Select(f => new SurveyFeature(_tallies.FeatureName(f), functional[f], dysfunctional[f])));
    }
}
