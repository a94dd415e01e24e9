using System.Text;
using KanoKit.Answers;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>Issue 9: detection never misreads silently — ambiguity names the candidates, stray answer columns are reported.</summary>
public sealed class DetectionTests
{
    private static SurveyData Read(string text, ReadMode mode = ReadMode.Strict) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", new SurveyReadOptions { Mode = mode });

    [Fact]
    public void A_file_that_is_both_long_and_wide_stops_naming_both_readings()
    {
        var error = Assert.Throws<KanoDataException>(() => Read(
            "respondent_id,feature_name,functional_answer,dysfunctional_answer,wifi_functional,wifi_dysfunctional\n1,tv,1,5,2,4\n"));

        Assert.Equal(DiagnosticKind.BadHeader, error.Kind);
        Assert.Contains("a long file (columns 'feature_name', 'functional_answer', 'dysfunctional_answer')", error.Message);
        Assert.Contains("a wide file with the pairs 'wifi' (columns 5–6", error.Message);
        Assert.Contains("--input long", error.Message);
    }

    [Fact]
    public void A_file_that_is_both_tall_and_wide_stops_naming_both_readings()
    {
        var error = Assert.Throws<KanoDataException>(() => Read(
            "respondent_id,feature,question_type,answer_code,tv_fun,tv_dys\n1,wifi,functional,1,2,4\n"));

        Assert.Contains("a tall file", error.Message);
        Assert.Contains("'tv'", error.Message);
    }

    [Fact]
    public void A_stray_answer_column_is_a_diagnostic_and_strict_mode_stops()
    {
        const string Text = "id,wifi_functional,wifi_dysfunctional,Comments,Favourite\n1,1,5,great,I like it\n2,2,4,,I dislike it\n";

        var error = Assert.Throws<KanoDataException>(() => Read(Text));
        var lenient = Read(Text, ReadMode.Lenient);

        Assert.Contains("column 'Favourite' holds answers ('I like it') but was not paired", error.Message);
        Assert.Single(lenient.Diagnostics);
        Assert.Equal(2, lenient.Tallies.Features[0].Tally.Total);
        Assert.Equal(["Comments", "Favourite"], lenient.Plan.OtherColumns);
    }

    [Fact]
    public void A_lone_bracketed_functional_column_is_reported_not_dropped()
    {
        var error = Assert.Throws<KanoDataException>(() => Read("id,Offline [Functional],Offline [Dysfunctional],Sync [Functional]\n1,1,5,2\n"));

        Assert.Contains("column 'Sync [Functional]' has no dysfunctional partner", error.Message);
    }

    [Fact]
    public void Tall_files_pivot_while_streaming_with_halves_in_any_order()
    {
        var data = Read("participant,item,type,value\n1,wifi,dysfunctional,5\n2,wifi,f,2\n1,wifi,functional,1\n2,tv,d,4\n3,wifi,functional,3\n");

        Assert.Equal(SurveyLayout.Tall, data.Layout);
        Assert.Equal(3, data.Respondents);
        var wifi = data.Tallies.Features[0].Tally;
        Assert.Equal(1, wifi[Answer.Like, Answer.Dislike]);
        Assert.Equal(2, wifi.Missing); // respondent 2 and 3 gave only the functional half
        Assert.Equal(3, data.Tallies.Features[1].Tally.Missing); // tv: 2 half-answered, 1 and 3 never asked
    }

    [Fact]
    public void A_tall_row_answering_the_same_question_twice_is_reported()
    {
        var data = Read("respondent_id,feature,question_type,answer_code\n1,wifi,functional,1\n1,wifi,functional,2\n1,wifi,dysfunctional,5\n", ReadMode.Lenient);

        Assert.Contains(data.Diagnostics, d => d.Problem.Contains("twice", StringComparison.Ordinal));
        Assert.Equal(1, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
    }

    [Theory]
    [InlineData("Wie würden Sie sich fühlen, wenn die App {0} hätte?", "Wie würden Sie sich fühlen, wenn die App {0} nicht hätte?", "Dunkelmodus", "Sprachsuche")]
    [InlineData("{0} (vorhanden)", "{0} (nicht vorhanden)", "Dunkelmodus", "Sprachsuche")]
    [InlineData("如果应用有{0}，您感觉如何？", "如果应用没有{0}，您感觉如何？", "深色模式", "语音搜索")]
    [InlineData("如果應用有{0}，您感覺如何？", "如果應用沒有{0}，您感覺如何？", "深色模式", "語音搜尋")]
    [InlineData("{0}があったら、どう感じますか？", "{0}がなかったら、どう感じますか？", "ダークモード", "音声検索")]
    [InlineData("¿Cómo se sentiría si la app tuviera {0}?", "¿Cómo se sentiría si la app no tuviera {0}?", "modo oscuro", "búsqueda por voz")]
    [InlineData("{0} is present", "{0} is absent", "Dark mode", "Voice search")]
    [InlineData("How would you feel with {0}?", "How would you feel without {0}?", "dark mode", "voice search")]
    [InlineData("If you have {0}, how do you feel?", "If you do not have {0}, how do you feel?", "Dark mode", "Voice search")]
    public void Question_texts_pair_in_six_languages(string functional, string dysfunctional, string first, string second)
    {
        string F(string name) => $"\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, functional, name)}\"";
        string D(string name) => $"\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, dysfunctional, name)}\"";
        var data = Read($"id,{F(first)},{D(first)},{F(second)},{D(second)}\n1,1,5,2,4\n");

        Assert.Equal([first, second], data.Tallies.Features.Select(t => t.Name));
        Assert.Equal(1, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(1, data.Tallies.Features[1].Tally[Answer.MustBe, Answer.LiveWith]);
    }

    [Theory]
    [InlineData("How would you feel if the app had Dark mode?", "How would you feel if the app did not have Dark mode?", "Dark mode")]
    [InlineData("If the app had Dark mode, how would you feel?", "If the app didn't have Dark mode, how would you feel?", "Dark mode")]
    [InlineData("How do you feel if you have this amenity? - Childcare", "How do you feel if you do not have this amenity? - Childcare", "Childcare")]
    [InlineData("Dark mode (funktional)", "Dark mode (dysfunktional)", "Dark mode")]
    public void A_lone_pair_is_named_by_its_item(string functional, string dysfunctional, string name) =>
        Assert.Equal(name, Read($"id,\"{functional}\",\"{dysfunctional}\"\n1,1,5\n").Tallies.Features[0].Name);

    [Theory]
    [InlineData("3 - Moderately important", 3.0)]
    [InlineData("6", 6.0)]
    [InlineData("7: Very important", 7.0)]
    [InlineData("9 - Extremely important", 9.0)]
    public void Importance_reads_numbers_and_numbers_with_their_labels(string text, double expected)
    {
        Assert.True(ImportanceText.TryParse(text, decimalComma: false, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Extremely important")]
    [InlineData("not at all IMPORTANT")]
    [InlineData("Sehr wichtig")]
    [InlineData("Muy importante")]
    public void A_label_alone_is_a_label_with_no_number_of_its_own(string text)
    {
        // "Very important" is 3, 4 or 6 depending on the scale: the column's labels decide (ImportanceScaleTests).
        Assert.True(ImportanceText.TryParse(text, decimalComma: false, out ImportanceRating rating));
        Assert.True(rating.IsLabel);
        Assert.False(ImportanceText.TryParse(text, decimalComma: false, out double _));
    }

    [Theory]
    [InlineData("4,5", true, 4.5)]
    [InlineData("4,5", false, double.NaN)]
    [InlineData("Important-ish", false, double.NaN)]
    [InlineData("3.5.1", false, double.NaN)]
    public void Decimal_commas_only_where_the_comma_is_not_the_delimiter(string text, bool decimalComma, double expected)
    {
        bool parsed = ImportanceText.TryParse(text, decimalComma, out double value);
        Assert.Equal(!double.IsNaN(expected), parsed);
        if (parsed)
        {
            Assert.Equal(expected, value);
        }
    }

    [Fact]
    public void Importance_with_labels_mixed_with_numbers_and_decimal_commas_in_a_semicolon_file()
    {
        var data = Read("id;wifi_functional;wifi_dysfunctional;wifi_importance\n1;1;5;3 - Somewhat important\n2;1;5;6\n3;2;5;4,5\n");

        Assert.Equal(4.5, data.Tallies.Features[0].Importance.Mean);
    }
}
