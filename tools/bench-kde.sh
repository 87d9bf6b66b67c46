#!/usr/bin/env bash
# Regenerates benchmarks/README.md: every target of issue 23 with the figure measured on this machine, in one run,
# its anchor and the ratio. Measures, in order: the KDE benchmarks (ReweightingBenchmarks: 1e4 distinct points and the
# index build, BenchmarkDotNet short job, in-process) on this tree and, with --baseline REF, on that commit in the same
# run; the numpy brute-force anchor (tools/bench_numpy_anchor.py); and, unless --kde-only, ND280 generation CPU time
# (whole process, three runs alternated with the baseline's, the median reported), `rate microboone dark-photon --events
# 1e6` peak memory (models of docs/validation.md and docs/microboone.md) and the Release `reproduce` wall time, default
# and --precision 0.04 (/usr/bin/time); with --baseline also those CLI figures on the baseline commit.
# Usage: tools/bench-kde.sh [--baseline main] [--kde-only] [--results DIR]
# --results DIR keeps the raw results there and skips every measurement whose result is already in DIR (to redo the
# table, or one measurement after deleting its file).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
baseline=""
kde_only=0
results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2 ;;
    --kde-only) kde_only=1; shift ;;
    --results) results="$2"; shift 2 ;;
    *) echo "usage: tools/bench-kde.sh [--baseline REF] [--kde-only] [--results DIR]" >&2; exit 2 ;;
  esac
done
python=/usr/bin/python3
"$python" -c 'import numpy' 2>/dev/null || { echo "numpy missing: apt-get install -y python3-numpy" >&2; exit 2; }
if [ -n "$results" ]; then
  mkdir -p "$results"
  work=$(cd "$results" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

kde() {   # kde <source tree> <tag>: BenchmarkDotNet results JSON in $work/<tag>
  [ -d "$work/$2/results" ] && return 0
  (cd "$1/benchmarks/DarkSector.Benchmarks" && dotnet build -c Release -v q > "$work/$2-build.log" \
    && dotnet bin/Release/net10.0/DarkSector.Benchmarks.dll --filter '*ReweightingBenchmarks.DistinctPoints*' \
       '*ReweightingBenchmarks.BuildIndex*' --job short --inProcess --artifacts "$work/$2" --exporters json > "$work/$2.log")
}

if [ -n "$baseline" ] && [ ! -d "$work/base/results" ]; then
  rm -rf "$work/base-src" && mkdir -p "$work/base-src"
  git -C "$root" archive "$baseline" | tar -x -C "$work/base-src"
  kde "$work/base-src" base
  [ "$kde_only" = 1 ] && rm -rf "$work/base-src"
fi
kde "$root" new
for h in 0.005 0.05; do
  [ -s "$work/numpy-$h.json" ] || "$python" "$root/tools/bench_numpy_anchor.py" --bandwidth $h > "$work/numpy-$h.json"
done

if [ "$kde_only" = 0 ]; then
  dotnet build "$root/src/DarkSector.Cli" -c Release -v q > "$work/cli-build.log"
  cli="$root/src/DarkSector.Cli/bin/Release/net10.0/darksector.dll"
  run_timed() { local tag=$1; shift; [ -s "$work/$tag.time" ] && return 0; /usr/bin/time -f '{"wall": %e, "cpu": %U, "sys": %S, "maxrss_kb": %M}' -o "$work/$tag.time" "$@" > "$work/$tag.out" 2>&1 \
    || { echo "$tag failed (see below); not in the table" >&2; tail -3 "$work/$tag.out" >&2; rm -f "$work/$tag.time"; }; }
  nd280=(rate t2k-nd280 dark-photon --mn 0.1 --mzprime 1.25 --v-mu-n2 2.2e-7 --alpha-d 0.4 --epsilon2 4.6e-4 --v-n2 1 --events 1e6)
  if [ -n "$baseline" ] && [ -d "$work/base-src" ]; then
    dotnet build "$work/base-src/src/DarkSector.Cli" -c Release -v q > "$work/base-cli-build.log"
    base_cli="$work/base-src/src/DarkSector.Cli/bin/Release/net10.0/darksector.dll"
  fi
  for i in 1 2 3; do   # three runs each, alternated with the baseline: CPU time on a virtual machine varies by ~10 %
    run_timed nd280-$i dotnet "$cli" "${nd280[@]}"
    if [ -n "${base_cli:-}" ]; then run_timed nd280-base-$i dotnet "$base_cli" "${nd280[@]}"; fi
  done
  run_timed microboone dotnet "$cli" rate microboone dark-photon --mn 0.106 --mzprime 0.03 --epsilon 8e-4 --g-d 2 \
    --v-mu-n2 2e-10 --events 1e6
  mkdir -p "$work/reproduce" "$work/reproduce-p04"
  (cd "$work/reproduce" && run_timed reproduce dotnet "$cli" reproduce)
  (cd "$work/reproduce-p04" && run_timed reproduce-p04 dotnet "$cli" reproduce --precision 0.04)
  if [ -n "$baseline" ] && [ -d "$work/base-src" ]; then   # the CLI targets on the baseline, same run
    run_timed microboone-base dotnet "$base_cli" rate microboone dark-photon --mn 0.106 --mzprime 0.03 --epsilon 8e-4 --g-d 2 \
      --v-mu-n2 2e-10 --events 1e6
    mkdir -p "$work/reproduce-base" "$work/reproduce-p04-base"
    (cd "$work/reproduce-base" && run_timed reproduce-base dotnet "$base_cli" reproduce)
    (cd "$work/reproduce-p04-base" && run_timed reproduce-p04-base dotnet "$base_cli" reproduce --precision 0.04)
    rm -rf "$work/base-src"
  fi
fi

"$python" - "$work" "$root/benchmarks/README.md" "${baseline:-}" <<'PY'
import glob, json, os, platform, subprocess, sys
work, out, baseline = sys.argv[1], sys.argv[2], sys.argv[3]
def bdn(tag):
    files = glob.glob(f"{work}/{tag}/results/*-report-full-compressed.json")
    if not files: return {}
    r = {}
    for b in json.load(open(files[0]))["Benchmarks"]:
        r[(b["Method"], b["Parameters"])] = (b["Statistics"]["Median"] / 1e9, b["Memory"]["BytesAllocatedPerOperation"])
    return r
new, base = bdn("new"), bdn("base")
numpy = {h: json.load(open(f"{work}/numpy-{h}.json")) for h in ("0.005", "0.05")}
def timed(tag):
    p = f"{work}/{tag}.time"
    return json.load(open(p)) if os.path.exists(p) else None
events = 3_650_000
rows = []
def fmt_s(x): return f"{x*1e3:.1f} ms" if x < 1 else f"{x:.2f} s"
for h, target in (("0.05", 0.3), ("0.005", 0.015)):
    key = ("DistinctPoints", f"Bandwidth={h}")
    t = new[key][0]
    b = base.get(key, (None,))[0]
    anchor = numpy[h]["seconds_for_1e4_points"]
    rows.append((f"KDE, 1e4 distinct points, {h} decades (2 cores)", f"<= {fmt_s(target)}", fmt_s(t),
                 "yes" if t <= target else "no", f"numpy brute force {fmt_s(anchor)}" + (f"; before {fmt_s(b)}" if b else ""),
                 f"{anchor/t:,.0f}x numpy" + (f"; {b/t:.1f}x before" if b else "")))
key = ("BuildIndex", "Bandwidth=0.05")
t, alloc = new[key]
b = base.get(key)
rows.append(("KDE index build, 3.65e6 events", "<= 0.2 s", fmt_s(t), "yes" if t <= 0.2 else "no",
             f"before {fmt_s(b[0])}" if b else "-", f"{b[0]/t:.1f}x before" if b else "-"))
rows.append(("KDE index memory (allocated by the build)", "<= 50 B/event", f"{alloc/events:.0f} B/event",
             "yes" if alloc / events <= 50 else "no", f"before {b[1]/events:.0f} B/event" if b else "-",
             f"{b[1]/alloc:.1f}x less" if b else "-"))
def median_cpu(tags):   # the run with the median CPU time among those present (with its tag)
    runs = sorted(((t, tag) for tag in tags if (t := timed(tag))), key=lambda r: r[0]["cpu"] + r[0]["sys"])
    return runs[len(runs) // 2] if runs else (None, None)
def generated(tag):     # events simulated, the allocation pilot's included (rate's "events generated" line), or None
    p = f"{work}/{tag}.out"
    line = next((l for l in open(p) if l.startswith("events generated")), None) if os.path.exists(p) else None
    return int(line.split()[2]) if line else None
def cpus(t): return t["cpu"] + t["sys"]
(nd, nd_tag), (nd0, _) = median_cpu([f"nd280-{i}" for i in (1, 2, 3)]), median_cpu([f"nd280-base-{i}" for i in (1, 2, 3)])
mb, rp = timed("microboone"), timed("reproduce")
mb0, rp0, p04, p040 = timed("microboone-base"), timed("reproduce-base"), timed("reproduce-p04"), timed("reproduce-p04-base")
if nd:
    rate = 1e6 / (nd["cpu"] + nd["sys"])
    rate0 = 1e6 / cpus(nd0) if nd0 else None
    n_gen = generated(nd_tag)
    simulated = f"; {n_gen / cpus(nd):.2g} counting all {n_gen:,} simulated (pilot included)" if n_gen else ""
    rows.append(("Generation, ND280 (rate t2k-nd280 dark-photon --events 1e6; whole process, median of 3)", ">= 2e5 events/s/core",
                 f"{rate:.2g} requested events/s/core (CPU {cpus(nd):.1f} s){simulated}",
                 "yes" if rate >= 2e5 else "no", "issue 23: 8e4 events/s/core" + (f"; before {rate0:.2g} (CPU {cpus(nd0):.1f} s)" if rate0 else ""),
                 f"{rate/8e4:.1f}x issue figure" + (f"; {rate/rate0:.2f}x before" if rate0 else "")))
if mb:
    rows.append(("rate microboone dark-photon --events 1e6, peak memory", "<= 200 MB", f"{mb['maxrss_kb']/1024:.0f} MB",
                 "yes" if mb["maxrss_kb"] / 1024 <= 200 else "no", "issue 23: 450 MB" + (f"; before {mb0['maxrss_kb']/1024:.0f} MB" if mb0 else ""),
                 f"{450/(mb['maxrss_kb']/1024):.1f}x less" + (f"; {mb0['maxrss_kb']/mb['maxrss_kb']:.2f}x before" if mb0 else "")))
for label, t, t0 in (("", rp, rp0), (" --precision 0.04", p04, p040)):
    if t:
        rows.append((f"reproduce{label} (Release, default figure)", "<= 5 s wall", f"{t['wall']:.1f} s wall (CPU {cpus(t):.1f} s)", "yes" if t["wall"] <= 5 else "no",
                     "issue 23: 9.8 s" + (f"; before CPU {cpus(t0):.1f} s" if t0 else ""), f"{9.8/t['wall']:.1f}x issue" + (f"; {cpus(t0)/cpus(t):.1f}x less CPU" if t0 else "")))
load = open("/proc/loadavg").read().split()[0]
cpu = next((l.split(":")[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
lines = ["# Benchmarks", "",
         "Performance is measured with BenchmarkDotNet (`benchmarks/DarkSector.Benchmarks`): "
         "`dotnet run -c Release --project benchmarks/DarkSector.Benchmarks -- --filter '*'`.", "",
         "## Issue 23 targets", "",
         "Regenerate this table (one run, same machine): `tools/bench-kde.sh --baseline main` "
         "(`--kde-only` skips the CLI timings). Anchor: the seed paper's per-point KDE query as numpy brute force "
         "(`tools/bench_numpy_anchor.py`, same synthetic sample) and, with `--baseline`, the named commit in the same run.", "",
         f"Machine: {cpu}, {os.cpu_count()} cores, load average {load} at the end of the run"
         + (f"; baseline `{baseline}`" if baseline else "") + ". Under a load far above the core count, wall times "
         "are inflated several-fold; the ratios to the baseline and to numpy, measured in the same run, are the "
         "comparable figures.", "",
         "| Target | Goal | Measured | Met | Anchor | Ratio |", "|---|---|---|---|---|---|"]
lines += ["| " + " | ".join(r) + " |" for r in rows]
notes = os.path.join(os.path.dirname(out), "notes.md")
if os.path.exists(notes):
    lines += ["", open(notes).read().strip()]
tmp = out + ".tmp"
open(tmp, "w").write("\n".join(lines) + "\n")
os.replace(tmp, out)
print("\n".join(lines))
PY
