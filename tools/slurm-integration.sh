#!/usr/bin/env bash
# tools/slurm-integration.sh — the Slurm integration test of issue 21 (run as root; CI step after the unit tests).
#
# Brings up a single-node Slurm (tools/slurm-local.sh up), runs a small 4-shard scan of the T2K ND280 heavy-mediator
# plane through `darksector slurm scan ... --out grid.json --array 4`, waits for the dependent merge job, runs the same
# scan in one process (`darksector scan ... --out single.json`) and requires identical bytes (every line but the
# run-time field "seconds" and the provenance field "commandLine"), then tears the cluster down (only the daemons it started). Prints both wall times.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build src/DarkSector.Cli -v q -nologo >/dev/null
ds="$repo/src/DarkSector.Cli/bin/Debug/net10.0/darksector"
[ -x "$ds" ] || { echo "slurm-integration: $ds was not built" >&2; exit 1; }

work=$(mktemp -d)
export SLURM_LOCAL_DIR="$work/slurm"
cluster=0
cleanup() {
  status=$?
  if [ "$cluster" = 1 ]; then "$repo/tools/slurm-local.sh" down >/dev/null || true; fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
"$repo/tools/slurm-local.sh" up
cluster=1
eval "$("$repo/tools/slurm-local.sh" env)"

# The ND280 heavy-mediator plane (reproduce t2k-nd280-heavy), small: 4 m_N columns x 5 |V_muN|^2 values, 100 events.
scan=(t2k-nd280 dark-photon --analysis tpc-ee --x m-n:0.05:0.3:log:4 --y v-mu-n2:1e-9:1e-5:log:5
      --fix mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1 --events 100 --cl 0.9)
cd "$work"
fail() {
  echo "slurm-integration: $*" >&2
  for log in "$work"/grid.json.slurm-*.log; do [ -e "$log" ] && { echo "--- $log" >&2; tail -n 5 "$log" >&2; }; done
  squeue >&2 || true
  exit 1
}

start=$(date +%s%N)
submitted=$("$ds" slurm scan "${scan[@]}" --out grid.json --array 4 --json)
merge=$(printf '%s\n' "$submitted" | sed -n 's/.*"mergeJob": *"\([0-9]*\)".*/\1/p')
[ -n "$merge" ] || fail "no merge job id in: $submitted"
for _ in $(seq 1 1200); do
  [ -z "$(squeue -h -j "$merge" -o %i 2>/dev/null)" ] && break
  if squeue -h -j "$merge" -o %r 2>/dev/null | grep -q DependencyNeverSatisfied; then fail "an array task failed (merge job $merge can never run)"; fi
  sleep 0.5
done
[ -z "$(squeue -h -j "$merge" -o %i 2>/dev/null)" ] && [ -s grid.json ] || fail "the merge job $merge did not write grid.json within 10 minutes"
slurm_ms=$((($(date +%s%N) - start) / 1000000))
"$ds" slurm status grid.json | grep -q "4 complete.*merged: yes" || fail "slurm status does not report 4 complete shards and the merge: $("$ds" slurm status grid.json)"

start=$(date +%s%N)
"$ds" scan "${scan[@]}" --out single.json >/dev/null
single_ms=$((($(date +%s%N) - start) / 1000000))

if ! cmp -s <(grep -v -e '"seconds":' -e '"commandLine":' grid.json) <(grep -v -e '"seconds":' -e '"commandLine":' single.json); then
  diff <(grep -v -e '"seconds":' -e '"commandLine":' grid.json) <(grep -v -e '"seconds":' -e '"commandLine":' single.json) | head -n 10 >&2
  fail "grid.json from Slurm differs from the single-process scan"
fi
printf 'slurm-integration: 4-shard Slurm job (submit to merged grid.json) %d.%03d s, same scan in one process %d.%03d s; identical bytes (but the seconds and commandLine fields)\n' \
  $((slurm_ms / 1000)) $((slurm_ms % 1000)) $((single_ms / 1000)) $((single_ms % 1000))
