using KanoKit.Reading.Text;

namespace KanoKit.Reading.Detection;

/// <summary>One captured record: its trimmed field texts and where each stands.</summary>
internal sealed record CapturedRow(string[] Fields, int[] Lines, int[] Columns)
{
    public static CapturedRow Of(ISurveyRows rows)
    {
        int width = rows.FieldCount;
        var fields = new string[width];
        var lines = new int[width];
        var columns = new int[width];
        for (int i = 0; i < width; i++)
        {
            fields[i] = rows.Field(i).Trim().ToString();
            lines[i] = rows.LineOf(i);
            columns[i] = rows.ColumnOf(i);
        }

        return new CapturedRow(fields, lines, columns);
    }

    /// <summary>The text of field <paramref name="index"/>, or empty past the row's end.</summary>
    public string this[int index] => index < Fields.Length ? Fields[index] : string.Empty;
}
