namespace KanoKit.Answers;

/// <summary>
/// The answer wordings KanoKit recognises out of the box, in English, German, Chinese (simplified and
/// traditional), Japanese and Spanish (KANO-METHODS §1; the table with sources is docs/lexicon.md). Labels are
/// matched after <see cref="AnswerText.Normalize"/>, so case, punctuation, quotes, white space and a leading
/// article or pronoun ("I", "it", "das", …) do not matter.
/// </summary>
internal static class BuiltInLabels
{
    public static IEnumerable<(string Label, Answer Answer)> All()
    {
        foreach (string label in Like) yield return (label, Answer.Like);
        foreach (string label in MustBe) yield return (label, Answer.MustBe);
        foreach (string label in Neutral) yield return (label, Answer.Neutral);
        foreach (string label in LiveWith) yield return (label, Answer.LiveWith);
        foreach (string label in Dislike) yield return (label, Answer.Dislike);
    }

    private static readonly string[] Like =
    [
        // Berger et al. 1993, and short forms used by survey tools.
        "Like", "I like it", "I like it that way", "I would like it", "Delighted", "I would like it that way",
        "I enjoy it", "I would enjoy it",
        // German: Hölzing 2008; Sauerwein 2000.
        "Das würde mich sehr freuen", "Würde mich sehr freuen", "Das würde mich freuen", "Gefällt mir", "Das gefällt mir",
        // Chinese.
        "我喜欢", "我喜歡", "喜欢", "喜歡", "很喜欢", "很喜歡", "很满意", "很滿意",
        // Japanese: Kano et al. 1984.
        "気に入る", "嬉しい", "好き",
        // Spanish.
        "Me gusta", "Me gusta así", "Me gustaría",
    ];

    private static readonly string[] MustBe =
    [
        "Must-be", "Must be", "I expect it", "It must be that way", "Expect it", "Expected", "I expect it that way",
        "I expect it to be that way", "It must be",
        "Das setze ich voraus", "Setze ich voraus", "Erwarte ich", "Das erwarte ich", "Das ist selbstverständlich", "Selbstverständlich",
        "理所当然", "理所當然", "必须的", "必須的", "应该的", "應該的",
        "当然だ", "当然である", "当然",
        "Lo espero", "Debe ser así", "Tiene que ser así", "Es lo esperado",
    ];

    private static readonly string[] Neutral =
    [
        "Neutral", "I am neutral", "I'm neutral", "I don't care", "I do not care", "Indifferent", "I am indifferent",
        "I feel neutral",
        "Das ist mir egal", "Ist mir egal", "Egal",
        "无所谓", "無所謂", "中立",
        "どちらでもない", "何とも感じない",
        "Me es indiferente", "Me da igual", "Soy neutral", "Indiferente",
    ];

    private static readonly string[] LiveWith =
    [
        "Live-with", "Live with", "I can live with it", "I can live with it that way", "I can tolerate it", "I tolerate it",
        "Tolerate", "I could live with it", "I can accept it",
        "Das nehme ich in Kauf", "Nehme ich in Kauf", "Könnte ich in Kauf nehmen", "Das könnte ich in Kauf nehmen",
        "Das nehme ich gerade noch hin", "Nehme ich gerade noch hin", "Könnte ich tolerieren",
        "能忍受", "可以忍受", "可以接受", "勉强接受", "勉強接受",
        "仕方がない", "しかたない", "仕方ない",
        "Lo tolero", "Puedo tolerarlo", "Puedo vivir con ello", "Puedo vivir con eso",
    ];

    private static readonly string[] Dislike =
    [
        "Dislike", "I dislike it", "I dislike it that way", "I would dislike it", "I would dislike it that way",
        "Das würde mich sehr stören", "Würde mich sehr stören", "Das würde mich stören", "Das stört mich", "Gefällt mir nicht",
        "我不喜欢", "我不喜歡", "不喜欢", "不喜歡", "很不喜欢", "很不喜歡", "很不满意", "很不滿意",
        "気に入らない", "困る", "嫌い",
        "No me gusta", "No me gusta así", "Me disgusta",
    ];
}
