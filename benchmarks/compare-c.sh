#!/usr/bin/env bash
# Whole-process comparison on the wide benchmark file (1M respondents x 20 features, 87 MB): `kanokit analyze`
# (published Release build) against the hand-written single-pass C counter (benchmarks/native/count_wide.c).
# Usage: bash benchmarks/compare-c.sh [runs]   — prints the median wall time of each and the ratio. Needs gcc.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
work="${TMPDIR:-/tmp}/kanokit-compare-c"
mkdir -p "$work"
file="${TMPDIR:-/tmp}/kanokit-bench-1000000.csv"
if [ ! -f "$file" ]; then
  awk 'BEGIN { srand(1); printf "respondent"; for (f = 0; f < 20; f++) printf ",f%d_functional,f%d_dysfunctional", f, f; printf "\n";
               for (r = 1; r <= 1000000; r++) { printf "%d", r; for (a = 0; a < 40; a++) printf ",%d", 1 + int(rand() * 5); printf "\n" } }' > "$file"
fi
gcc -O3 -mavx2 -o "$work/count_wide" "$root/benchmarks/native/count_wide.c"
# As the tool ships on Linux x64: Native AOT (KanoKit.Cli.linux-x64).
dotnet publish "$root/src/KanoKit.Cli/KanoKit.Cli.csproj" -c Release -r linux-x64 -o "$work/cli" -v quiet -nologo > /dev/null
cli="$work/cli/KanoKit.Cli"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
c=(); k=()
for i in $(seq "$runs"); do   # interleaved, so that load changes hit both alike
  c+=("$(time_ms "$work/count_wide" "$file")")
  k+=("$(time_ms "$cli" analyze "$file")")
  [ "$i" = 1 ] && { "$cli" analyze "$file" > /dev/null || exit 1; }
done
cm=$(printf '%s\n' "${c[@]}" | median); km=$(printf '%s\n' "${k[@]}" | median)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "C counter:       ${cm} ms (median of $runs)"
echo "kanokit analyze: ${km} ms (median of $runs)"
awk -v k="$km" -v c="$cm" 'BEGIN { printf "ratio: %.1fx\n", k / c }'
