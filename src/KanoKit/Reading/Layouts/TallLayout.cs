using KanoKit.Reading.Detection;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Reads a tall file: one answer per row (<c>respondent,feature,question_type,answer</c>), the question type saying
/// whether the answer is to the functional or the dysfunctional question (<c>functional</c>/<c>dysfunctional</c>,
/// <c>f</c>/<c>d</c>, <c>funktional</c>, <c>positive</c>/<c>negative</c>, …). Rows are pivoted while streaming: each
/// answer is held in one byte per respondent and feature until the respondent's pairs are tallied — a pair with one
/// half absent is missing. When rows come grouped by respondent in sorted order (see <see cref="RespondentIndex"/>) a
/// respondent is tallied as soon as the next one starts and only the current respondent's answers are held: memory
/// flat in the file size. Otherwise every respondent's answers are held until the end: memory grows with
/// respondents × features, never with rows.
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
    private byte[] _currentFunctional = new byte[16]; // runs or hashes: the current respondent's answers, by feature
    private byte[] _currentDysfunctional = new byte[16];
    private int[] _answered = new int[16]; // the features the current respondent answered so far
    private int _answeredCount;
    private int _current = -1;

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
        if (cursor.Plan.KeepRespondents)
        {
            cursor.Counting = RespondentCounting.Indexed; // the kept survey names every respondent
        }

        _respondents = new RespondentIndex(cursor, _segments, _tallies, cursor.Counting);
    }

    private bool Indexed => _respondents.Counting == RespondentCounting.Indexed;

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
        if (!Indexed)
        {
            FinishCurrent();
        }

        for (int feature = 0; feature < (Indexed ? _tallies.FeatureCount : 0); feature++)
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

                Count(feature, r, f, d);
                if (keptF is not null)
                {
                    bool readable = f != Unreadable && d != Unreadable;
                    keptF[r] = readable && f != 0 ? (Answer)(f - 1) : Answer.Missing;
                    keptD![r] = readable && d != 0 ? (Answer)(d - 1) : Answer.Missing;
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

    /// <summary>Tallies respondent <paramref name="respondent"/>'s pair for <paramref name="feature"/> from its two held halves (0 = absent).</summary>
    private void Count(int feature, int respondent, byte f, byte d)
    {
        bool readable = f != Unreadable && d != Unreadable;
        var fa = readable && f != 0 ? (Answer)(f - 1) : Answer.Missing;
        var da = readable && d != 0 ? (Answer)(d - 1) : Answer.Missing;
        _tallies.Overall(feature).Add(readable, fa, da);
        foreach (int slot in _respondents.SegmentsOf(respondent))
        {
            _tallies.Segment(slot)[feature].Add(readable, fa, da);
        }
    }

    /// <summary>Runs or hashes: tallies the current respondent's pairs (every feature they answered at least half of) and clears them.</summary>
    private void FinishCurrent()
    {
        for (int i = 0; i < _answeredCount; i++)
        {
            int feature = _answered[i];
            Count(feature, _current, _currentFunctional[feature], _currentDysfunctional[feature]);
            _currentFunctional[feature] = 0;
            _currentDysfunctional[feature] = 0;
        }

        _answeredCount = 0;
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
        if (respondent != _current && !Indexed)
        {
            FinishCurrent(); // while the previous respondent's segment slots are still held
            _current = respondent;
        }

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

        if (!Indexed)
        {
            Hold(feature, functional.Value, whole, respondentText, featureText);
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
            AnsweredTwice(functional.Value, respondentText, featureText);
            return;
        }

        half[respondent] = Half(whole);
    }

    /// <summary>Runs or hashes: holds the row's answer for the current respondent.</summary>
    private void Hold(int feature, bool functional, bool whole, ReadOnlySpan<char> respondentText, ReadOnlySpan<char> featureText)
    {
        var half = functional ? _currentFunctional : _currentDysfunctional;
        if (half[feature] != 0)
        {
            AnsweredTwice(functional, respondentText, featureText);
            return;
        }

        if (_currentFunctional[feature] == 0 && _currentDysfunctional[feature] == 0)
        {
            if (_answeredCount == _answered.Length)
            {
                Array.Resize(ref _answered, _answeredCount * 2);
            }

            _answered[_answeredCount++] = feature;
        }

        half[feature] = Half(whole);
    }

    /// <summary>The held byte of the row's answer: the answer plus one, or <see cref="Unreadable"/> (reported) when the row or the cell is damaged.</summary>
    private byte Half(bool whole) => whole && _cursor.TryAnswer(_answerColumn, out var answer) ? (byte)((int)answer + 1) : Unreadable;

    private void AnsweredTwice(bool functional, ReadOnlySpan<char> respondentText, ReadOnlySpan<char> featureText) =>
        _cursor.Report(
            DiagnosticKind.BadRespondent, _featureColumn,
            $"respondent '{respondentText.ToString()}' answers the {(functional ? "functional" : "dysfunctional")} question of '{featureText.ToString()}' twice",
            featureText.ToString(), "one row per respondent, feature and question");

    private int FeatureOf(ReadOnlySpan<char> name)
    {
        int feature = _features.Find(name, out bool added);
        if (added)
        {
            _tallies.AddFeature(_features.NameOf(feature));
            if (Indexed)
            {
                _functional.Add(new byte[Math.Max(16, _respondents.Count)]);
                _dysfunctional.Add(new byte[Math.Max(16, _respondents.Count)]);
            }
            else if (feature == _currentFunctional.Length)
            {
                Array.Resize(ref _currentFunctional, feature * 2);
                Array.Resize(ref _currentDysfunctional, feature * 2);
            }
        }

        return feature;
    }
}
