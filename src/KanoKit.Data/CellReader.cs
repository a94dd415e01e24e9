using System.Data.Common;
using System.Globalization;
using KanoKit.Answers;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Tallies;

namespace KanoKit.Data;

/// <summary>
/// Reads counted answer pairs from any ADO.NET <see cref="DbDataReader"/> — columns <c>feature</c>, optional
/// segment columns, <c>functional</c>, <c>dysfunctional</c>, <c>count</c> — into tallies, as the "cells" CSV layout
/// is read: rows of the same pair add up, a pair with a NULL or blank side is missing, and problems are located
/// (line = 1-based result row, column = 1-based ordinal, named in the message).
/// </summary>
/// <remarks>
/// A row whose feature, functional and dysfunctional are all NULL carries a respondent count (of its segment
/// values); when such rows are present, the respondents a feature has no pair for are counted as missing, so that
/// n + missing + rejected = respondents (see <see cref="Sql.CountingQuery"/>). In lenient mode an unreadable pair's
/// count is added to the feature's rejected pairs.
/// </remarks>
public static class CellReader
{
    /// <summary>Reads every row of <paramref name="reader"/>.</summary>
    /// <exception cref="KanoDataException">
    /// A required column is absent (either mode), or, in strict mode, the first bad row: a NULL, negative or
    /// fractional count, an answer that is not on the scale, a NULL or empty feature.
    /// </exception>
    public static SurveyData Read(DbDataReader reader, CellReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= CellReadOptions.Default;
        return new Run(reader, options).Read();
    }

    private sealed class Run(DbDataReader reader, CellReadOptions options)
    {
        private const string Columns = "the columns feature, functional, dysfunctional, count";
        private readonly DiagnosticSink _sink = new(options.Mode, options.Source);
        private readonly Dictionary<string, FeatureAccumulator> _overall = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Column, string Value), (Dictionary<string, FeatureAccumulator> Features, long Respondents)> _segments = [];
        private int _row;
        private long _respondents;
        private bool _respondentRows;

        public SurveyData Read()
        {
            int feature = Require("feature");
            int functional = Require("functional");
            int dysfunctional = Require("dysfunctional");
            int count = Require("count");
            int[] segments = [.. options.Segments.Select(Require)];
            var segmentValues = new string[segments.Length];
            while (reader.Read())
            {
                _row++;
                for (int s = 0; s < segments.Length; s++)
                {
                    segmentValues[s] = reader.IsDBNull(segments[s]) ? string.Empty : Text(reader.GetValue(segments[s])).Trim();
                }

                if (reader.IsDBNull(feature) && reader.IsDBNull(functional) && reader.IsDBNull(dysfunctional))
                {
                    if (TryCount(count, out long respondents))
                    {
                        AddRespondents(segmentValues, respondents);
                    }

                    continue;
                }

                string name = reader.IsDBNull(feature) ? string.Empty : Text(reader.GetValue(feature)).Trim();
                if (name.Length == 0)
                {
                    _sink.Report(
                        DiagnosticKind.BadHeader, _row, feature + 1, $"the feature name in column '{reader.GetName(feature)}' is empty",
                        reader.IsDBNull(feature) ? "NULL" : string.Empty, "a feature name");
                    continue;
                }

                if (!TryCount(count, out long pairs))
                {
                    continue;
                }

                bool readable = TryAnswer(functional, out var f) & TryAnswer(dysfunctional, out var d);
                Add(Accumulator(_overall, name), readable, f, d, pairs, name, count);
                for (int s = 0; s < segments.Length; s++)
                {
                    Add(Accumulator(Segment(s, segmentValues[s]).Features, name), readable, f, d, pairs, name, count);
                }
            }

            return Finish();
        }

        private int Require(string name)
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                if (string.Equals(reader.GetName(i), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            string have = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).Take(12));
            throw new KanoDataException(DiagnosticKind.BadHeader, options.Source, 1, 1, $"the result has no '{name}' column (it has {have})", null, Columns + (options.Segments.IsEmpty ? string.Empty : " and the segment columns"));
        }

        private (Dictionary<string, FeatureAccumulator> Features, long Respondents) Segment(int column, string value)
        {
            if (!_segments.TryGetValue((column, value), out var entry))
            {
                entry = (new Dictionary<string, FeatureAccumulator>(StringComparer.Ordinal), 0);
                _segments[(column, value)] = entry;
            }

            return entry;
        }

        private void AddRespondents(string[] segmentValues, long respondents)
        {
            _respondentRows = true;
            _respondents = checked(_respondents + respondents);
            for (int s = 0; s < segmentValues.Length; s++)
            {
                var entry = Segment(s, segmentValues[s]);
                _segments[(s, segmentValues[s])] = (entry.Features, checked(entry.Respondents + respondents));
            }
        }

        private static FeatureAccumulator Accumulator(Dictionary<string, FeatureAccumulator> features, string name)
        {
            if (!features.TryGetValue(name, out var accumulator))
            {
                accumulator = new FeatureAccumulator();
                features[name] = accumulator;
            }

            return accumulator;
        }

        private void Add(FeatureAccumulator accumulator, bool readable, Answer functional, Answer dysfunctional, long count, string feature, int countColumn)
        {
            ref long slot = ref accumulator.CounterFor(readable, functional, dysfunctional);
            long before = slot;
            slot = unchecked(slot + count);
            if (slot < before || accumulator.Cells.Aggregate(0m, (sum, cell) => sum + cell) + accumulator.Missing + accumulator.Rejected > long.MaxValue)
            {
                slot = before;
                _sink.Report(
                    DiagnosticKind.BadNumber, _row, countColumn + 1,
                    $"the counts of feature '{feature}' add up to more than a 64-bit count holds", Text(reader.GetValue(countColumn)), "counts whose total is below 9.2 × 10^18");
            }
        }

        private bool TryCount(int column, out long count)
        {
            count = 0;
            string name = reader.GetName(column);
            if (reader.IsDBNull(column))
            {
                _sink.Report(DiagnosticKind.BadNumber, _row, column + 1, $"NULL is not a count in column '{name}'", "NULL", "a whole number ≥ 0");
                return false;
            }

            object value = reader.GetValue(column);
            bool whole = value switch
            {
                long l => Set(l, out count),
                int i => Set(i, out count),
                short s => Set(s, out count),
                byte b => Set(b, out count),
                ulong u when u <= long.MaxValue => Set((long)u, out count),
                uint u => Set(u, out count),
                decimal m when m == decimal.Truncate(m) && m is >= long.MinValue and <= long.MaxValue => Set((long)m, out count),
                System.Numerics.BigInteger n when n >= long.MinValue && n <= long.MaxValue => Set((long)n, out count),
                double x when x == Math.Truncate(x) && x is >= -9.2e18 and <= 9.2e18 => Set((long)x, out count),
                string t => long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count),
                _ => false,
            };
            if (whole && count >= 0)
            {
                return true;
            }

            string text = Text(value);
            _sink.Report(
                DiagnosticKind.BadNumber, _row, column + 1,
                whole ? $"{text} is a negative count in column '{name}'" : $"'{text}' is not a count in column '{name}'", text, "a whole number ≥ 0");
            count = 0;
            return false;
        }

        private static bool Set(long value, out long count)
        {
            count = value;
            return true;
        }

        private bool TryAnswer(int column, out Answer answer)
        {
            if (reader.IsDBNull(column))
            {
                answer = Answer.Missing;
                return true;
            }

            object value = reader.GetValue(column);
            string text = Text(value);
            var scale = options.Scale;
            bool known = value switch
            {
                string s when options.AnswersMapped => TryMapped(s, out answer, out text),
                long or int or short or byte or sbyte when options.AnswersMapped => AnswerScale.Standard.TryFromCode(Convert.ToInt32(value, CultureInfo.InvariantCulture), out answer),
                long l when l is >= int.MinValue and <= int.MaxValue => scale.TryFromCode((int)l, out answer),
                int i => scale.TryFromCode(i, out answer),
                short s => scale.TryFromCode(s, out answer),
                byte b => scale.TryFromCode(b, out answer),
                sbyte b => scale.TryFromCode(b, out answer),
                _ => scale.TryParse(text, out answer),
            };
            if (known)
            {
                return true;
            }

            _sink.Report(
                DiagnosticKind.UnknownAnswer, _row, column + 1,
                $"'{text.Trim()}' is not an answer in column '{reader.GetName(column)}'", text, scale.Expected);
            return false;
        }

        /// <summary>Reads a mapped answer: '1'…'5' standard codes, '?value' an unmapped value read with the scale.</summary>
        private bool TryMapped(string mapped, out Answer answer, out string original)
        {
            original = mapped;
            if (mapped.Length > 0 && mapped[0] == Sql.CountingQuery.Unmapped)
            {
                original = mapped[1..];
                return options.Scale.TryParse(original, out answer);
            }

            return AnswerScale.Standard.TryFromCode(int.TryParse(mapped, NumberStyles.None, CultureInfo.InvariantCulture, out int code) ? code : -1, out answer)
                || (mapped.Trim().Length == 0 && (answer = Answer.Missing) == Answer.Missing);
        }

        private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

        private SurveyData Finish()
        {
            var order = options.FeatureOrder.Where(_overall.ContainsKey)
                .Concat(_overall.Keys.Except(options.FeatureOrder, StringComparer.Ordinal).Order(StringComparer.Ordinal))
                .ToArray();
            var overall = order.Select(name => Tally(_overall[name], name, _respondents, options.Source)).ToArray();
            var segments = _segments
                .OrderBy(s => s.Key.Column).ThenBy(s => s.Key.Value, StringComparer.Ordinal)
                .Select(s => new SegmentTallies(
                    options.Segments[s.Key.Column],
                    s.Key.Value,
                    s.Value.Respondents,
                    [.. order.Select(name => Tally(s.Value.Features.GetValueOrDefault(name) ?? new FeatureAccumulator(), name, s.Value.Respondents, $"{options.Segments[s.Key.Column]} = {s.Key.Value}"))]))
                .ToArray();
            return SurveyData.FromTallies(SurveyLayout.Cells, new SurveyTallies([.. overall], [.. segments], _respondents), _sink);
        }

        /// <summary>A feature's tally; with respondent rows, the respondents it has no pair for are missing.</summary>
        private FeatureTally Tally(FeatureAccumulator accumulator, string name, long respondents, string within)
        {
            if (_respondentRows)
            {
                long absent = respondents - accumulator.Answered;
                if (absent > 0)
                {
                    accumulator.Missing += absent;
                }
                else if (absent < 0)
                {
                    _sink.Report(
                        DiagnosticKind.BadRespondent, _row + 1, 1,
                        string.Create(CultureInfo.InvariantCulture, $"feature '{name}' has {accumulator.Answered} answer pairs but there are {respondents} respondents ({within})"),
                        name, "at most one answer pair per respondent and feature");
                }
            }

            return accumulator.ToTally(name);
        }
    }
}
