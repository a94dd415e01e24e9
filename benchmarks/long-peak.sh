#!/usr/bin/env bash
# Peak memory (maximum resident set size) of whole processes reading the long benchmark file with KanoKit, beside
# their time: writes the file once (the data of the wide 1M × 20 benchmark as 20M rows, ~440 MB), then runs, under
# /usr/bin/time -v, the benchmark program's `long-read` (SurveyFile.Read alone) and `kanokit analyze` (the tool).
# Usage: bash benchmarks/long-peak.sh [respondents]   (default 1000000; target: under 100 MB, and the same for 2000000:
# the file's ids are sorted, so memory is flat in the file size)
set -euo pipefail
cd "$(dirname "$0")/.."
respondents="${1:-1000000}"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
dotnet build benchmarks/KanoKit.Benchmarks/KanoKit.Benchmarks.csproj -c Release -v q -nologo >/dev/null
dotnet build src/KanoKit.Cli/KanoKit.Cli.csproj -c Release -v q -nologo >/dev/null
bench=benchmarks/KanoKit.Benchmarks/bin/Release/net10.0/KanoKit.Benchmarks.dll
cli=src/KanoKit.Cli/bin/Release/net10.0/KanoKit.Cli.dll
file="$(dotnet "$bench" long-file "$respondents")"
log="${TMPDIR:-/tmp}/long-peak.$$"
echo "file: $file ($(stat -c %s "$file") bytes); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  for what in long-read analyze; do
    if [ "$what" = long-read ]; then
      /usr/bin/time -v dotnet "$bench" long-read "$file" >/dev/null 2>"$log"
    else
      /usr/bin/time -v dotnet "$cli" analyze "$file" >/dev/null 2>"$log"
    fi
    printf 'run %s %-9s %s s, peak %s MB\n' "$run" "$what" \
      "$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K.*' "$log")" \
      "$(( $(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$log") / 1000 ))"
  done
done
rm -f "$log"
