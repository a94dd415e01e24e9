#!/usr/bin/env bash
# Peak memory (maximum resident set size) of a whole process reading the long benchmark file with KanoKit, beside its
# time: writes the file once (the data of the wide 1M × 20 benchmark as 20M rows), then runs `long-read` under
# /usr/bin/time -v. Usage: bash benchmarks/long-peak.sh [respondents]   (default 1000000; target: under 100 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
respondents="${1:-1000000}"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
dotnet build benchmarks/KanoKit.Benchmarks/KanoKit.Benchmarks.csproj -c Release -v q -nologo >/dev/null
bench=benchmarks/KanoKit.Benchmarks/bin/Release/net10.0/KanoKit.Benchmarks.dll
file="$(dotnet "$bench" long-file "$respondents")"
echo "file: $file ($(stat -c %s "$file") bytes); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  /usr/bin/time -v dotnet "$bench" long-read "$file" 2>"${TMPDIR:-/tmp}/long-peak.$$" | sed "s/^/run $run: /"
  grep -E "Elapsed \(wall|Maximum resident" "${TMPDIR:-/tmp}/long-peak.$$" | sed "s/^\s*/       /"
done
rm -f "${TMPDIR:-/tmp}/long-peak.$$"
