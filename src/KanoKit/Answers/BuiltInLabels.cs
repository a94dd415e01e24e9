namespace KanoKit.Answers;

/// <summary>
/// The answer wordings KanoKit recognises out of the box, in English, German, Chinese (simplified and
/// traditional), Japanese and Spanish (KANO-METHODS §1).
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
        "Like", "I like it", "I like it that way", "I would like it", "Delighted",
        "Das würde mich sehr freuen", "Gefällt mir",
        "我喜欢", "我喜歡", "很满意", "很滿意",
        "気に入る", "嬉しい",
        "Me gusta",
    ];

    private static readonly string[] MustBe =
    [
        "Must-be", "Must be", "I expect it", "It must be that way", "Expect it",
        "Das setze ich voraus", "Erwarte ich",
        "理所当然", "理所當然", "必须的", "必須的",
        "当然だ",
        "Lo espero", "Debe ser así",
    ];

    private static readonly string[] Neutral =
    [
        "Neutral", "I am neutral", "I'm neutral", "I don't care", "I do not care",
        "Das ist mir egal",
        "无所谓", "無所謂", "中立",
        "どちらでもない",
        "Me es indiferente",
    ];

    private static readonly string[] LiveWith =
    [
        "Live-with", "Live with", "I can live with it", "I can tolerate it", "Tolerate",
        "Das nehme ich in Kauf", "Könnte ich in Kauf nehmen",
        "能忍受", "可以接受",
        "仕方がない",
        "Lo tolero", "Puedo vivir con ello",
    ];

    private static readonly string[] Dislike =
    [
        "Dislike", "I dislike it", "I dislike it that way", "I would dislike it",
        "Das würde mich sehr stören",
        "我不喜欢", "我不喜歡", "很不满意", "很不滿意",
        "気に入らない", "困る",
        "No me gusta",
    ];
}
