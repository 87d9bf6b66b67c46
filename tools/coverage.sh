#!/usr/bin/env bash
# Line and branch coverage of the DarkSector libraries (docs/testing.md): runs the test projects with the coverlet
# collector (Cobertura) and merges the reports with ReportGenerator (a local tool: .config/dotnet-tools.json).
#   tools/coverage.sh                      # every test project (the gating suite), report in artifacts/coverage
#   tools/coverage.sh tests/DarkSector.Sampling.Tests   # one project
# Output: artifacts/coverage/Summary.txt (line and branch coverage per assembly and class), index.html, and
# SummaryGithub.md. Not part of the gating CI run (coverage instrumentation slows the suite ~2x).
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/coverage
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(DarkSector.sln)
rm -rf "$out"
mkdir -p "$out/raw"
dotnet tool restore > /dev/null
for target in "${targets[@]}"; do
  dotnet test "$target" --collect:"XPlat Code Coverage" --results-directory "$out/raw" -- \
    DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Format=cobertura \
    DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[DarkSector.*]*" \
    DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Exclude="[DarkSector.*.Tests]*,[DarkSector.SamplePlugin]*,[DarkSector.Benchmarks]*" \
    DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.ExcludeByAttribute="GeneratedCodeAttribute,CompilerGeneratedAttribute"
done
dotnet reportgenerator -reports:"$out/raw/**/coverage.cobertura.xml" -targetdir:"$out" \
  -reporttypes:"TextSummary;Html;MarkdownSummaryGithub" -verbosity:Warning
sed -n '1,/^$/p' "$out/Summary.txt"
grep -E '^DarkSector' "$out/Summary.txt" || true   # one line per assembly (classes are indented)
echo "full report: $out/index.html"
