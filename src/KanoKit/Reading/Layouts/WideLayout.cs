using System.Globalization;
using KanoKit.Answers;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Reads a wide file: one row per respondent, a functional and a dysfunctional column (and optionally an importance
/// column) per feature. Every row is one respondent: a row that cannot be read whole is rejected for every feature,
/// and a respondent id seen before is rejected as a duplicate.
/// </summary>
internal sealed partial class WideLayout
{
    private readonly RowCursor _cursor;
    private readonly WideFeature[] _features;
    private readonly int? _idColumn;
    private readonly int[] _attributeColumns;
    private readonly TallyBuilder _tallies;
    private readonly SegmentRouter _segments;
    private readonly int[] _segmentColumns;
    private readonly string[] _segmentNames;
    private readonly TextSet _ids = new(); // with kept respondents (their ids are kept as strings)
    private readonly RespondentIdSet _idSet; // otherwise
    private readonly RespondentColumns? _keep;
    private readonly int[] _digitCell = new int[100];
    private readonly bool _chunk; // counting one range of a file split across threads
    private readonly WideLayout? _parent; // of a range's reader
    private volatile bool _abandoned; // set by a range's reader that met a rating the parallel read cannot sum exactly
    private bool _parallelTried;
    private readonly long[][] _cells;
    private readonly bool[] _plainFeature; // no importance column nor segment: both answers can take the one-digit fast path
    private long _respondents;

    private WideLayout(RowCursor cursor)
    {
        _cursor = cursor;
        _idSet = new RespondentIdSet(cursor.Plan.DeferTextIds);
        _features = WideColumns.Features(cursor);
        var paired = new HashSet<int>(_features.SelectMany(f => f.Importance is int i ? [f.Functional, f.Dysfunctional, i] : new[] { f.Functional, f.Dysfunctional }));
        _idColumn = WideColumns.Respondent(cursor, paired);
        int[] segmentColumns = _segmentColumns = cursor.SegmentColumns();
        _segmentNames = [.. segmentColumns.Select(c => cursor.Header.Names[c])];
        _attributeColumns = [.. Enumerable.Range(0, cursor.Header.Width).Where(c => !paired.Contains(c) && c != _idColumn && cursor.Header.Usable[c])];
        _tallies = new TallyBuilder(_segmentNames);
        foreach (var feature in _features)
        {
            _tallies.AddFeature(feature.Name);
        }

        _cells = [.. Enumerable.Range(0, _features.Length).Select(k => _tallies.Overall(k).Cells)];
        _plainFeature = [.. _features.Select(f => f.Importance is null && segmentColumns.Length == 0)];
        _segments = new SegmentRouter(segmentColumns, _tallies);
        _keep = cursor.Plan.KeepRespondents ? new RespondentColumns(_features.Length, _attributeColumns.Length) : null;

        // The cell of each pair of one-digit codes, for the fast path of plain numeric exports (−1: not both answers).
        for (int f = 0; f < 10; f++)
        {
            for (int d = 0; d < 10; d++)
            {
                _digitCell[(f * 10) + d] = cursor.Scale.TryDigit(f, out var fa) && cursor.Scale.TryDigit(d, out var da) && fa != Answer.Missing && da != Answer.Missing
                    ? PairTally.CellIndex(fa, da)
                    : -1;
            }
        }
    }

    /// <summary>A reader of one range of the same file, sharing the columns of <paramref name="parent"/> and counting into its own tallies.</summary>
    private WideLayout(RowCursor cursor, WideLayout parent)
    {
        _cursor = cursor;
        _idSet = new RespondentIdSet(parent._idSet.Defers);
        _chunk = true;
        _parent = parent;
        _features = parent._features;
        _idColumn = parent._idColumn;
        _attributeColumns = parent._attributeColumns;
        _segmentColumns = parent._segmentColumns;
        _segmentNames = parent._segmentNames;
        _tallies = new TallyBuilder(_segmentNames);
        foreach (var feature in _features)
        {
            _tallies.AddFeature(feature.Name);
        }

        _cells = [.. Enumerable.Range(0, _features.Length).Select(k => _tallies.Overall(k).Cells)];
        _plainFeature = parent._plainFeature;
        _segments = new SegmentRouter(_segmentColumns, _tallies);
        _digitCell = parent._digitCell;
    }

    public static LayoutResult Read(RowCursor cursor) => new WideLayout(cursor).Read();

    private LayoutResult Read()
    {
        try
        {
            if (_cursor.FirstDataRow([.. _features.SelectMany(f => new[] { f.Functional, f.Dysfunctional })]))
            {
                ReadRows();
            }
        }
        catch (KanoDataException) when (_idSet.MayRepeat(CheckThreads))
        {
            throw new RespondentIdsRecheck(); // a repeated id may come before this problem: the exact read finds which is first
        }

        if (_idSet.MayRepeat(CheckThreads))
        {
            throw new RespondentIdsRecheck();
        }

        var header = _cursor.Header;
        _cursor.SettleImportance(_tallies, k => _features[k].Importance ?? -1);
        return new LayoutResult(
            _tallies.Build(_respondents),
            _keep?.ToSurvey(_features.Select(f => f.Name), _attributeColumns.Select(c => header.Names[c])),
            _idColumn is int id ? header.Names[id] : null,
            _features.Select(f => new FeatureDefinition(f.Name, header.Names[f.Functional], header.Names[f.Dysfunctional], f.Importance is int i ? header.Names[i] : null)).ToEquatableArray());
    }

    /// <summary>Threads for the final check of deferred text ids: those the plan gives for counting.</summary>
    private int CheckThreads => _cursor.Plan.Threads ?? Environment.ProcessorCount;

    /// <summary>
    /// The row loop. The one-digit fast path stays in this method, beside the loop, so that the runtime optimises it
    /// while it runs (on-stack replacement) instead of waiting for a per-row method to be promoted.
    /// </summary>
    private void ReadRows()
    {
        var csv = _keep is null ? _cursor.Csv : null;
        var bytes = csv is { IsUtf8: true } && _cursor.Plan.BytePath && WideByteRows.Serves(csv.Delimiter) && WideByteRows.ServesSegments(_segmentColumns, Columns(), _idColumn) ? ByteRows(csv) : null;
        do
        {
            _respondents++;
            _segments.Route(_cursor, countRespondent: true);
            bool whole = _cursor.RowIsWhole();
            string id = whole ? Respondent(ref whole) : string.Empty;
            if (!whole)
            {
                RejectRow(id);
                continue;
            }

            for (int k = 0; k < _features.Length; k++)
            {
                if (csv is not null && _plainFeature[k])
                {
                    var functional = csv.Field(_features[k].Functional);
                    var dysfunctional = csv.Field(_features[k].Dysfunctional);
                    if (functional.Length == 1 && dysfunctional.Length == 1
                        && (uint)(functional[0] - '0') <= 9 && (uint)(dysfunctional[0] - '0') <= 9
                        && _digitCell[((functional[0] - '0') * 10) + dysfunctional[0] - '0'] is int cell and >= 0)
                    {
                        _cells[k][cell]++;
                        continue;
                    }
                }

                ReadPair(k);
            }

            if (_keep is not null)
            {
                KeepRow(id);
            }
        }
        while (NextRow(csv, bytes));
    }

    /// <summary>The next row for the general path, after the fast path has counted what it can from where the reader stands.</summary>
    private bool NextRow(Text.CsvRecordReader? csv, WideByteRows? bytes)
    {
        if (bytes is not null && csv!.TryLineStart())
        {
            if (!_chunk && !_parallelTried && CountInParallel(csv))
            {
                csv.Finish();
            }
            else
            {
                CountBytes(csv, bytes);
            }
        }

        return _cursor.NextRow();
    }

    /// <summary>The fast path from bytes, for rows counted without kept respondents; from now on the reader decodes line by line.</summary>
    private WideByteRows ByteRows(Text.CsvRecordReader csv)
    {
        csv.DecodeByLine();
        return new WideByteRows(
            _cursor.Header.Width, csv.Delimiter, Columns(), _idColumn, _cursor.Scale,
            [.. Enumerable.Range(0, _features.Length).Select(_tallies.Overall)], _idColumn is null ? null : _idSet, _cursor.Plan.MaxFieldLength,
            _segmentColumns, _segments);
    }

    /// <summary>The answer and importance columns of each feature.</summary>
    private (int Functional, int Dysfunctional, int? Importance)[] Columns() => [.. _features.Select(f => (f.Functional, f.Dysfunctional, f.Importance))];

    /// <summary>Counts rows from the reader's pending bytes until one needs the general path or the input ends.</summary>
    private void CountBytes(Text.CsvRecordReader csv, WideByteRows bytes)
    {
        while (true)
        {
            bool stopped = bytes.Count(csv.PendingBytes, out int consumed, out int lines, out long rows);
            csv.SkipBytes(consumed, lines);
            _respondents += rows;
            if (_parent is { } parent)
            {
                AbandonWhenInexact(parent);
            }
            if (stopped || !csv.MoreBytes())
            {
                return;
            }
        }
    }

    private void ReadPair(int k)
    {
        var feature = _features[k];
        bool readable = _cursor.TryPair(feature.Functional, feature.Dysfunctional, out var functional, out var dysfunctional);
        Add(k, readable, functional, dysfunctional);
        if (feature.Importance is int column && !_cursor.Text(column).IsEmpty && _cursor.TryImportance(column, out var importance))
        {
            AddImportance(k, importance);
        }

        _keep?.Answers(k, readable ? functional : Answer.Missing, readable ? dysfunctional : Answer.Missing);
    }

    private void RejectRow(string id)
    {
        for (int k = 0; k < _features.Length; k++)
        {
            Add(k, readable: false, Answer.Missing, Answer.Missing);
        }

        _keep?.AddRejected(id, _attributeColumns.Length);
    }

    private void KeepRow(string id)
    {
        _keep!.Respondent(_idColumn is null ? _respondents.ToString(CultureInfo.InvariantCulture) : id);
        foreach (int column in _attributeColumns)
        {
            _keep.Attribute(_cursor.Text(column).ToString());
        }
    }

    /// <summary>The row's respondent id; an empty or repeated id makes the row not whole (reported).</summary>
    private string Respondent(ref bool whole)
    {
        if (_idColumn is not int column)
        {
            return string.Empty;
        }

        var text = _cursor.Text(column);
        if (text.IsEmpty)
        {
            _cursor.Report(DiagnosticKind.BadRespondent, column, "the respondent id is empty", string.Empty, "a respondent id");
            whole = false;
            return string.Empty;
        }

        int index = 0;
        bool added = _keep is null ? _idSet.Add(text) : (index = _ids.Add(text, out added)) >= 0 && added;
        if (!added)
        {
            _cursor.Report(DiagnosticKind.BadRespondent, column, $"respondent '{text.ToString()}' appears twice", text.ToString(), "one row per respondent");
            whole = false;
            return string.Empty;
        }

        return _keep is null ? string.Empty : _ids.StringAt(index);
    }

    private void Add(int feature, bool readable, Answer functional, Answer dysfunctional)
    {
        _tallies.Overall(feature).Add(readable, functional, dysfunctional);
        foreach (var segment in _segments.Current)
        {
            segment[feature].Add(readable, functional, dysfunctional);
        }
    }

    private void AddImportance(int feature, ImportanceRating importance)
    {
        _tallies.Overall(feature).AddImportance(importance);
        foreach (var segment in _segments.Current)
        {
            segment[feature].AddImportance(importance);
        }
    }

    /// <summary>The respondent-level columns a reader keeps when asked to.</summary>
    private sealed class RespondentColumns(int features, int attributes)
    {
        private readonly List<string> _ids = [];
        private readonly List<Answer>[] _functional = [.. Enumerable.Range(0, features).Select(_ => new List<Answer>())];
        private readonly List<Answer>[] _dysfunctional = [.. Enumerable.Range(0, features).Select(_ => new List<Answer>())];
        private readonly List<string>[] _attributes = [.. Enumerable.Range(0, attributes).Select(_ => new List<string>())];
        private int _attribute;

        public void Answers(int feature, Answer functional, Answer dysfunctional)
        {
            _functional[feature].Add(functional);
            _dysfunctional[feature].Add(dysfunctional);
        }

        public void Respondent(string id)
        {
            _ids.Add(id);
            _attribute = 0;
        }

        public void Attribute(string value) => _attributes[_attribute++].Add(value);

        /// <summary>A rejected row keeps its place in the survey, with every answer missing.</summary>
        public void AddRejected(string id, int attributeCount)
        {
            for (int k = 0; k < _functional.Length; k++)
            {
                Answers(k, Answer.Missing, Answer.Missing);
            }

            Respondent(id.Length > 0 ? id : string.Create(CultureInfo.InvariantCulture, $"(rejected row {_ids.Count + 1})"));
            for (int a = 0; a < attributeCount; a++)
            {
                Attribute(string.Empty);
            }
        }

        public KanoSurvey ToSurvey(IEnumerable<string> featureNames, IEnumerable<string> attributeNames) =>
            KanoSurvey.Create(
                _ids,
                featureNames.Select((name, k) => new SurveyFeature(name, _functional[k].ToArray(), _dysfunctional[k].ToArray())),
                attributeNames.Select((name, a) => new RespondentColumn(name, _attributes[a].ToArray())));
    }
}
