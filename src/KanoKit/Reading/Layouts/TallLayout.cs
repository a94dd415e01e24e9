using KanoKit.Reading.Detection;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Reads a tall file: one answer per row (<c>respondent,feature,question_type,answer</c>), the question type saying
/// whether the answer is to the functional or the dysfunctional question (<c>functional</c>/<c>dysfunctional</c>,
/// <c>f</c>/<c>d</c>, <c>funktional</c>, <c>positive</c>/<c>negative</c>, …). Rows are pivoted while streaming: each
/// answer is held in one byte per respondent and feature until the end, when every respondent's pair is tallied — a
/// pair with one half absent is missing. Memory grows with respondents × features, not with rows.
/// </summary>
internal sealed class TallLayout
{
    private const string Expected = "the columns respondent,feature,question_type,answer";
    private const byte Unreadable = 255;

    private readonly RowCursor _cursor;
    private readonly int _respondentColumn;
    private readonly int _featureColumn;
    private readonly int _typeColumn;
    private readonly int _answerColumn;
    private readonly TallyBuilder _tallies;
    private readonly SegmentRouter _segments;
    private readonly FeatureNames _features = new();
    private readonly List<byte[]> _functional = [];
    private readonly List<byte[]> _dysfunctional = [];
    private readonly RespondentIndex _respondents;

    private TallLayout(RowCursor cursor)
    {
        _cursor = cursor;
        var names = cursor.Header.Names;
        int Column(ColumnRole role, string name) => (role == ColumnRole.Respondent && cursor.Plan.Respondent is { } stated ? cursor.Header.Find(stated) : null)
            ?? cursor.Header.Find(name) ?? ColumnNames.Find(names, role) ?? cursor.Require(name, Expected);
        _respondentColumn = Column(ColumnRole.Respondent, "respondent");
        _featureColumn = Column(ColumnRole.Feature, "feature");
        _typeColumn = Column(ColumnRole.QuestionType, "question_type");
        _answerColumn = Column(ColumnRole.Answer, "answer");
        int[] segmentColumns = cursor.SegmentColumns();
        _tallies = new TallyBuilder(segmentColumns.Select(c => names[c]));
        _segments = new SegmentRouter(segmentColumns, _tallies);
        _respondents = new RespondentIndex(cursor, _segments, _tallies);
    }

    public static LayoutResult Read(RowCursor cursor) => new TallLayout(cursor).Read();

    private LayoutResult Read()
    {
        if (_cursor.FirstDataRow([_answerColumn]))
        {
            do
            {
                ReadRow();
            }
            while (_cursor.NextRow());
        }

        int respondents = _respondents.Count;
        var survey = _cursor.Plan.KeepRespondents ? new List<SurveyFeature>() : null;
        for (int feature = 0; feature < _tallies.FeatureCount; feature++)
        {
            var functional = _functional[feature];
            var dysfunctional = _dysfunctional[feature];
            var keptF = survey is null ? null : new Answer[respondents];
            var keptD = survey is null ? null : new Answer[respondents];
            for (int r = 0; r < respondents; r++)
            {
                byte f = r < functional.Length ? functional[r] : (byte)0;
                byte d = r < dysfunctional.Length ? dysfunctional[r] : (byte)0;
                if (f == 0 && d == 0)
                {
                    continue; // never asked: missing, filled in by Build
                }

                bool readable = f != Unreadable && d != Unreadable;
                var fa = readable && f != 0 ? (Answer)(f - 1) : Answer.Missing;
                var da = readable && d != 0 ? (Answer)(d - 1) : Answer.Missing;
                _tallies.Overall(feature).Add(readable, fa, da);
                foreach (int slot in _respondents.SegmentsOf(r))
                {
                    _tallies.Segment(slot)[feature].Add(readable, fa, da);
                }

                if (keptF is not null)
                {
                    keptF[r] = fa;
                    keptD![r] = da;
                }
            }

            survey?.Add(new SurveyFeature(_tallies.FeatureName(feature), keptF!, keptD!));
        }

        var header = _cursor.Header;
        return new LayoutResult(
            _tallies.Build(respondents),
            survey is null ? null : KanoSurvey.Create(Enumerable.Range(0, respondents).Select(_respondents.IdOf), survey),
            header.Names[_respondentColumn],
            Enumerable.Range(0, _tallies.FeatureCount)
                .Select(f => new FeatureDefinition(_tallies.FeatureName(f), header.Names[_answerColumn], header.Names[_answerColumn]))
                .ToEquatableArray());
    }

    private void ReadRow()
    {
        bool whole = _cursor.RowIsWhole();
        var respondentText = _cursor.Text(_respondentColumn);
        var featureText = _cursor.Text(_featureColumn);
        if (respondentText.IsEmpty || featureText.IsEmpty)
        {
            if (whole)
            {
                int column = respondentText.IsEmpty ? _respondentColumn : _featureColumn;
                _cursor.Report(DiagnosticKind.BadRespondent, column, respondentText.IsEmpty ? "the respondent id is empty" : "the feature name is empty", string.Empty, respondentText.IsEmpty ? "a respondent id" : "a feature name");
            }

            return;
        }

        int respondent = _respondents.Of(respondentText);
        int feature = FeatureOf(featureText);
        bool? functional = ColumnNames.QuestionType(_cursor.Text(_typeColumn));
        if (functional is null)
        {
            if (whole)
            {
                _cursor.Report(DiagnosticKind.BadHeader, _typeColumn, $"'{_cursor.Text(_typeColumn).ToString()}' is not a question type", _cursor.Text(_typeColumn).ToString(), "functional or dysfunctional");
            }

            return;
        }

        var halves = functional.Value ? _functional : _dysfunctional;
        var half = halves[feature];
        if (half.Length <= respondent)
        {
            Array.Resize(ref half, Math.Max(respondent + 1, half.Length * 2));
            halves[feature] = half;
        }

        if (half[respondent] != 0)
        {
            _cursor.Report(
                DiagnosticKind.BadRespondent, _featureColumn,
                $"respondent '{respondentText.ToString()}' answers the {(functional.Value ? "functional" : "dysfunctional")} question of '{featureText.ToString()}' twice",
                featureText.ToString(), "one row per respondent, feature and question");
            return;
        }

        half[respondent] = whole && _cursor.TryAnswer(_answerColumn, out var answer) ? (byte)((int)answer + 1) : Unreadable;
    }

    private int FeatureOf(ReadOnlySpan<char> name)
    {
        int feature = _features.Find(name, out bool added);
        if (added)
        {
            _tallies.AddFeature(_features.NameOf(feature));
            _functional.Add(new byte[Math.Max(16, _respondents.Count)]);
            _dysfunctional.Add(new byte[Math.Max(16, _respondents.Count)]);
        }

        return feature;
    }
}
