namespace KanoKit.Reading.Detection;

/// <summary>What a column of a long or tall file holds, recognised by its name.</summary>
internal enum ColumnRole
{
    Respondent,
    Feature,
    Functional,
    Dysfunctional,
    Importance,
    QuestionType,
    Answer,
}

/// <summary>
/// The names long and tall exports give their columns (<c>respondent_id</c>, <c>feature_name</c>,
/// <c>functional_answer</c>, <c>question_type</c>, <c>answer_code</c>, …), matched ignoring case, spaces and
/// punctuation.
/// </summary>
internal static class ColumnNames
{
    private static readonly Dictionary<ColumnRole, string[]> Aliases = new()
    {
        [ColumnRole.Respondent] = ["respondent", "respondentid", "responseid", "id", "respondentnumber", "participant", "participantid", "userid", "teilnehmer", "befragter"],
        [ColumnRole.Feature] = ["feature", "featurename", "featureid", "attribute", "attributename", "item", "itemname", "merkmal", "eigenschaft", "requirement"],
        [ColumnRole.Functional] = ["functional", "functionalanswer", "functionalresponse", "functionalcode", "func", "funktional", "answerfunctional", "positive", "positiveanswer"],
        [ColumnRole.Dysfunctional] = ["dysfunctional", "dysfunctionalanswer", "dysfunctionalresponse", "dysfunctionalcode", "dysf", "dysfunktional", "answerdysfunctional", "negative", "negativeanswer"],
        [ColumnRole.Importance] = ["importance", "importancerating", "imp", "wichtigkeit", "selfstatedimportance"],
        [ColumnRole.QuestionType] = ["questiontype", "type", "questionkind", "kind", "form", "polarity", "question", "fragetyp", "direction"],
        [ColumnRole.Answer] = ["answer", "answercode", "response", "value", "code", "antwort", "answervalue", "responsecode"],
    };

    /// <summary>The values of a tall file's question-type column that mean functional and dysfunctional.</summary>
    private static readonly HashSet<string> FunctionalTypes = new(StringComparer.Ordinal) { "functional", "f", "func", "funktional", "positive", "pos", "present", "fun", "funcional" };

    private static readonly HashSet<string> DysfunctionalTypes = new(StringComparer.Ordinal) { "dysfunctional", "d", "dysf", "dysfunktional", "negative", "neg", "absent", "dys", "disfuncional" };

    /// <summary>The first column of <paramref name="names"/> whose name means <paramref name="role"/>, by alias order.</summary>
    public static int? Find(IReadOnlyList<string> names, ColumnRole role)
    {
        foreach (string alias in Aliases[role])
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (Key(names[i]) == alias)
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a question-type value means functional (true), dysfunctional (false), or neither (null).</summary>
    public static bool? QuestionType(ReadOnlySpan<char> value)
    {
        string key = Key(value);
        return FunctionalTypes.Contains(key) ? true : DysfunctionalTypes.Contains(key) ? false : null;
    }

    /// <summary>The name lower-cased with everything but letters and digits dropped: "Respondent_ID" → "respondentid".</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
