#!/usr/bin/env bash
# Packaging integration (CI step after the tests): pack the solution, then use the packages exactly as a user outside
# the repository would —
#   1. the README's library example, compiled from the README against the packed packages, output compared;
#   2. the darksector .NET tool installed from the packed folder;
#   3. docs/writing-a-plugin.md's code blocks built as a plugin, its contract tests (DarkSector.Testing) run, loaded
#      with --plugins, rate run on it;
#   4. the dotnet new template installed, a plugin project created, its tests run, loaded and rated.
# Everything happens in a temporary folder with its own NuGet package cache, so a stale cached DarkSector package can
# never stand in for the one just packed. Prints the time of each step.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -1)
packages=$work/packages
# The user's global cache stays untouched; packages already downloaded there serve as a read-only local feed.
global_cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
export NUGET_PACKAGES=$work/nuget-cache
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "packaging: $*" >&2; exit 1; }
step() {   # step NAME COMMAND...: run, print the time
  local name=$1 start=$SECONDS; shift
  "$@" || fail "$name failed"
  echo "packaging: $name ok ($((SECONDS - start)) s)"
}

# Consumers resolve DarkSector.* from the packed folder only, everything else from the cache or nuget.org.
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration><packageSources><clear />'
  echo "  <add key=\"packed\" value=\"$packages\" />"
  [ -d "$global_cache" ] && echo "  <add key=\"cache\" value=\"$global_cache\" />"
  echo '  <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />'
  echo '</packageSources>'
  echo '<packageSourceMapping>'
  echo '  <packageSource key="packed"><package pattern="DarkSector.*" /></packageSource>'
  [ -d "$global_cache" ] && echo '  <packageSource key="cache"><package pattern="*" /></packageSource>'
  echo '  <packageSource key="nuget.org"><package pattern="*" /></packageSource>'
  echo '</packageSourceMapping></configuration>'
} > "$work/nuget.config"

pack() { dotnet pack "$repo/DarkSector.sln" -c Release -o "$packages" -v quiet -nologo > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; return 1; }; }
step "dotnet pack ($version)" pack
for id in DarkSector.Physics DarkSector.Sampling DarkSector.Experiments.T2K DarkSector.Experiments.MiniBooNE \
          DarkSector.Experiments.MINERvA DarkSector.Experiments.MicroBooNE DarkSector.Testing DarkSector.Reporting DarkSector.Cli DarkSector.Templates; do
  [ -f "$packages/$id.$version.nupkg" ] || fail "missing package $id.$version.nupkg"
done

# --- 1. the README's library example ------------------------------------------------------------------------------
extract_readme_example() {   # the C# block after the '<!-- example: library' marker, and the expected output block
  python3 - "$repo/README.md" "$1" "$2" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<!-- example: library[^\n]*-->\n```csharp\n(.*?)```\n.*?<!-- example output -->\n```text\n(.*?)```", text, re.S)
if not m: sys.exit("README: no '<!-- example: library' C# block followed by an '<!-- example output -->' text block")
open(sys.argv[2], "w", encoding="utf-8").write(m.group(1))
open(sys.argv[3], "w", encoding="utf-8").write(m.group(2))
EOF
}
library_example() {
  local dir=$work/library-example
  mkdir -p "$dir"
  extract_readme_example "$dir/Program.cs" "$work/expected.txt"
  cat > "$dir/LibraryExample.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="DarkSector.Physics" Version="$version" /><PackageReference Include="DarkSector.Experiments.T2K" Version="$version" /></ItemGroup>
</Project>
EOF
  (cd "$dir" && dotnet run -c Release --configfile "$work/nuget.config" > "$work/actual.txt") || return 1
  if ! diff -u "$work/expected.txt" "$work/actual.txt"; then echo "README example output differs (above)" >&2; return 1; fi
}
step "README library example from the packages" library_example

# --- 2. the tool ----------------------------------------------------------------------------------------------------
install_tool() {
  dotnet tool install --tool-path "$work/tools" --configfile "$work/nuget.config" DarkSector.Cli --version "$version" > /dev/null &&
  "$work/tools/darksector" --version | grep -q "$version"
}
step "dotnet tool install DarkSector.Cli" install_tool
darksector=$work/tools/darksector

rate_plugin() {   # rate_plugin ID FOLDER: the heavy benchmark at a plugin experiment must give selected events > 0
  local json
  json=$("$darksector" rate "$1" dark-photon --mn 0.1 --mzprime 1.25 --epsilon 0.0214 --alpha-d 0.4 --v-mu-n2 2.2e-7 \
         --v-n2 1 --events 20000 --plugins "$2" --json) || return 1
  python3 -c 'import json,sys; d=json.load(sys.stdin); s=d["selected"]; assert s > 0, s; print(f"packaging: rate '"$1"': selected = {s:.4g}")' <<< "$json"
}

# --- 3. the plugin of docs/writing-a-plugin.md ------------------------------------------------------------------------
doc_plugin() {
  local dir=$work/doc-plugin
  python3 - "$repo/docs/writing-a-plugin.md" "$dir" <<'EOF'
import os, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"<!-- file: (\S+) -->\n```\w+\n(.*?)```\n", text, re.S)
if len(blocks) < 5: sys.exit(f"writing-a-plugin.md: expected the project, two source files and the contract tests (project and class), found {len(blocks)} blocks")
for name, body in blocks:
    path = os.path.join(sys.argv[2], name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(body)
EOF
  # The doc and the template's plugin project are the same files (the template only parameterises the version).
  for f in MyDetector/MyDetector.cs MyDetector/PairSelection.cs MyDetector.Tests/MyDetectorContractTests.cs; do
    diff -u "$dir/$f" "$repo/templates/DarkSector.Templates/content/darksector-plugin/$f" || { echo "doc and template differ: $f" >&2; return 1; }
  done
  sed -i "s/Version=\"0.1.0\"/Version=\"$version\"/" "$dir/MyDetector/MyDetector.csproj" "$dir/MyDetector.Tests/MyDetector.Tests.csproj"
  dotnet build "$dir/MyDetector" -c Release -o "$work/doc-plugins" --configfile "$work/nuget.config" -v quiet -nologo > "$work/doc-build.log" 2>&1 ||
    { cat "$work/doc-build.log"; return 1; }
  [ ! -e "$work/doc-plugins/DarkSector.Physics.dll" ] || { echo "the plugin folder must not hold the core" >&2; return 1; }
  "$darksector" experiments --plugins "$work/doc-plugins" | grep -q "my-detector" || { echo "my-detector not discovered" >&2; return 1; }
  # the contract kit (DarkSector.Testing) on the doc's plugin
  (cd "$dir" && cp "$work/nuget.config" . && dotnet test MyDetector.Tests -v quiet -nologo > "$work/doc-test.log" 2>&1) ||
    { cat "$work/doc-test.log"; return 1; }
  grep -E "Passed!|Failed!" "$work/doc-test.log" | sed 's/^/packaging: doc plugin contract tests: /'
  rate_plugin my-detector "$work/doc-plugins"
}
step "docs/writing-a-plugin.md built, discovered and rated" doc_plugin

# --- 4. the template ------------------------------------------------------------------------------------------------
template_plugin() {
  local hive=$work/template-hive dir=$work/template-project
  dotnet new install "$packages/DarkSector.Templates.$version.nupkg" --debug:custom-hive "$hive" > /dev/null || return 1
  mkdir -p "$dir" && cp "$work/nuget.config" "$dir/" && cd "$dir"   # the user's nuget.config naming the packed folder
  dotnet new darksector-plugin -n LabDetector --debug:custom-hive "$hive" > /dev/null || return 1
  grep -q '\[ExportExperiment("lab-detector")\]' LabDetector/LabDetector/LabDetector.cs || { echo "template: id not lab-detector" >&2; return 1; }
  dotnet test LabDetector/LabDetector.Tests -v quiet -nologo > "$work/template-test.log" 2>&1 ||
    { cat "$work/template-test.log"; return 1; }
  grep -E "Passed!|Failed!" "$work/template-test.log" | sed 's/^/packaging: template tests: /'
  dotnet build LabDetector/LabDetector -c Release -o "$work/template-plugins" -v quiet -nologo > /dev/null || return 1
  "$darksector" experiments --plugins "$work/template-plugins" | grep -q "lab-detector" || { echo "lab-detector not discovered" >&2; return 1; }
  rate_plugin lab-detector "$work/template-plugins"
}
step "dotnet new darksector-plugin: created, tested, discovered and rated" template_plugin
