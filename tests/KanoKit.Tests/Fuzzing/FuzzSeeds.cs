using System.Text;
using KanoKit.Tests.Reading;

namespace KanoKit.Tests.Fuzzing;

/// <summary>What a seed file is, and so how the fuzzer reads it.</summary>
internal enum SeedFormat
{
    Text,
    Json,
    Workbook,
    Definition,
}

/// <summary>One valid input the fuzzer mutates.</summary>
internal sealed record FuzzSeed(string Name, SeedFormat Format, byte[] Bytes);

/// <summary>Valid files of every format the reading side accepts: the starting points of mutation.</summary>
internal static class FuzzSeeds
{
    public static IReadOnlyList<FuzzSeed> All { get; } =
    [
        Text("wide.csv", "id,wifi_functional,wifi_dysfunctional,tv_functional,tv_dysfunctional,importance_wifi,region\n"
            + "a,1,5,3,3,4,north\nb,2,4,1,5,2,south\nc,I like it,I dislike it,3,3,5,north\nd,,,\"3\",\"4\",1,\"south\"\n"),
        Text("wide-semicolon.csv", "id;wifi_f;wifi_d;tv_f;tv_d\r\nr1;1;5;3;3\r\nr2;2;4;1;5\r\nr3;3;3;2;2\r\n"),
        Text("wide-extra-header-rows.csv", "id,Q1_1,Q1_2\nid,Do you like wifi?,Do you mind no wifi?\n{\"ImportId\":\"QID1\"},x,y\na,1,5\nb,2,4\n"),
        Text("long.csv", "respondent,feature,functional,dysfunctional,importance,region\n"
            + "a,wifi,1,5,4,north\na,tv,3,3,2,north\nb,wifi,2,4,5,south\nb,tv,1,5,1,south\nc,wifi,3,3,,north\n"),
        Text("counts.csv", "feature,A,O,M,I,R,Q\nwifi,10,20,5,3,1,0\ntv,4,4,4,4,0,1\n"),
        Text("cells.csv", "feature,functional,dysfunctional,count\nwifi,1,5,10\nwifi,2,4,3\ntv,3,3,7\ntv,,5,1\n"),
        new("wide-utf16.csv", SeedFormat.Text, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("id,a_f,a_d\nx,1,5\ny,2,4\n")]),
        Json("wide.json", "[{\"id\":\"a\",\"wifi_functional\":1,\"wifi_dysfunctional\":5,\"region\":\"north\"},{\"id\":\"b\",\"wifi_functional\":\"2\",\"wifi_dysfunctional\":null,\"region\":\"south\"}]"),
        Json("long.json", "[\n{\"respondent\":\"a\",\"feature\":\"wifi\",\"functional\":1,\"dysfunctional\":5},\n{\"respondent\":\"b\",\"feature\":\"wifi\",\"functional\":2,\"dysfunctional\":4,\"importance\":3.5}\n]"),
        new("wide.xlsx", SeedFormat.Workbook, Workbook.Create(("Survey", [
            ["id", "wifi_functional", "wifi_dysfunctional", "tv_functional", "tv_dysfunctional"],
            ["a", "1", "5", "3", "3"],
            ["b", "I like it", "I dislike it", "2", "4"],
            ["c", "3", null, "1", "5"],
        ]))),
        new("long.xlsx", SeedFormat.Workbook, Workbook.Create(("Long", [
            ["respondent", "feature", "functional", "dysfunctional"],
            ["a", "wifi", "1", "5"],
            ["a", "tv", "3", "3"],
            ["b", "wifi", "2", "4"],
        ]))),
        Definition("definition.json", "{\"layout\":\"wide\",\"respondent\":\"id\",\"scale\":\"standard\",\"headerRows\":0,"
            + "\"features\":[{\"name\":\"wifi\",\"functional\":\"wifi_functional\",\"dysfunctional\":\"wifi_dysfunctional\"}],\"segments\":[\"region\"]}"),
    ];

    private static FuzzSeed Text(string name, string text) => new(name, SeedFormat.Text, Encoding.UTF8.GetBytes(text));

    private static FuzzSeed Json(string name, string text) => new(name, SeedFormat.Json, Encoding.UTF8.GetBytes(text));

    private static FuzzSeed Definition(string name, string text) => new(name, SeedFormat.Definition, Encoding.UTF8.GetBytes(text));
}
