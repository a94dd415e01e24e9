#!/usr/bin/env dotnet
// A .NET 10 file-based app: analyses a Kano survey with the KanoKit package and prints the table.
//   cd samples/script && dotnet run analyze.cs                 (the bundled sample survey)
//   dotnet run samples/script/analyze.cs -- path/to/survey.csv
// The package comes from artifacts/packages (`dotnet pack -c Release` at the repository root; see nuget.config here)
// until KanoKit is on a public feed.
#:package KanoKit@0.2.0
#:property ManagePackageVersionsCentrally=false

using KanoKit;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

// Without an argument: the sample survey beside this script, wherever it is run from.
string here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
string path = args.Length > 0 ? args[0] : Path.Combine(here, "..", "data", "banking-app.csv");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"{path}:1:1: no such file (expected a survey file; usage: dotnet run analyze.cs -- <survey.csv>)");
    return 2;
}

try
{
    var report = SurveyFile.Read(path).Tallies.Analyze(KanoOptions.Default with { Confidence = 0.90 });
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
