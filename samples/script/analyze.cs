#!/usr/bin/env dotnet
// A .NET 10 file-based app: analyses a Kano survey with the KanoKit package and prints the table.
//   dotnet run analyze.cs -- ../data/banking-app.csv
#:package KanoKit@0.1.0

using KanoKit;
using KanoKit.IO;

string path = args.Length > 0 ? args[0] : Path.Combine("..", "data", "banking-app.csv");
try
{
    var report = SurveyFile.Read(path).Analyze(KanoOptions.Default with { Confidence = 0.90 });
    ReportTable.Write(report, Console.Out);
    var mustBe = report.Features.Where(f => f.Category == KanoCategory.MustBe).Select(f => f.Name);
    Console.WriteLine($"Must-be features: {string.Join(", ", mustBe)}");
    return 0;
}
catch (KanoDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
