#!/usr/bin/env bash
# Whole-process start-up of the kanokit tool: `kanokit --version` against `kanokit analyze` of the bundled sample
# (table and --format json), run interleaved so that load changes hit all three alike. BenchmarkDotNet cannot time a
# process start; this script is the start-up benchmark README quotes. The tool is published as the package ships it
# (Release; on Linux x64 with -r linux-x64, Native AOT as in KanoKit.Cli.linux-x64; elsewhere the IL of KanoKit.Cli.any)
# and run as the tool runs. Last, for IL, the number of methods each command JIT-compiles (DOTNET_JitDisasmSummary).
# Usage: bash benchmarks/startup.sh [runs] [published folder]
#   runs defaults to 15; a published folder (KanoKit.Cli, native or beside KanoKit.Cli.dll) skips the publish step.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
cli_dir="${2:-}"
sample="$root/samples/data/banking-app.csv"
if [ -z "$cli_dir" ]; then
  cli_dir="${TMPDIR:-/tmp}/kanokit-startup/cli"
  rm -rf "$cli_dir"
  rid=(-r any)   # the tool's linux-x64 package is Native AOT; elsewhere `dotnet tool install` gets the IL (`any`) package
  [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && rid=(-r linux-x64)
  dotnet publish "$root/src/KanoKit.Cli/KanoKit.Cli.csproj" -c Release "${rid[@]}" -o "$cli_dir" -v quiet -nologo > /dev/null
fi
# As `dotnet tool install` runs it: IL through the muxer, a native (AOT) or self-contained tool by its own executable.
if [ -f "$cli_dir/KanoKit.Cli.dll" ]; then cli=(dotnet "$cli_dir/KanoKit.Cli.dll"); else cli=("$cli_dir/KanoKit.Cli"); fi
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
"${cli[@]}" analyze "$sample" > /dev/null || exit 1   # warm the file cache; a failure stops here
v=(); t=(); j=()
for i in $(seq "$runs"); do
  v+=("$(time_ms "${cli[@]}" --version)")
  t+=("$(time_ms "${cli[@]}" analyze "$sample")")
  j+=("$(time_ms "${cli[@]}" analyze "$sample" --format json)")
done
vm=$(printf '%s\n' "${v[@]}" | median); tm=$(printf '%s\n' "${t[@]}" | median); jm=$(printf '%s\n' "${j[@]}" | median)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kanokit --version:                    ${vm} ms (median of $runs)"
echo "kanokit analyze sample:               ${tm} ms (+$((tm - vm)) ms)"
echo "kanokit analyze sample --format json: ${jm} ms (+$((jm - vm)) ms)"
# What each start JIT-compiles: one run each, counted from the JIT's own list. A native executable has no JIT.
[ -f "$cli_dir/KanoKit.Cli.dll" ] || { echo "methods JIT-compiled: none (Native AOT)"; exit 0; }
jit="$(mktemp)"
for command in "--version" "analyze $sample" "analyze $sample --format json"; do
  rm -f "$jit"
  # shellcheck disable=SC2086 # the command is split into its words on purpose
  DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$jit" "${cli[@]}" $command > /dev/null
  echo "methods JIT-compiled, ${command/$sample/sample}: $(grep -c 'JIT compiled' "$jit")"
done
rm -f "$jit"
