#!/usr/bin/env bash
# Mutation score of one namespace of src/Iop.Domain (Stryker.NET, the repository's local tool).
#
#   scripts/mutation.sh <Namespace> [file-glob ...]
#
#   scripts/mutation.sh Placement                 # every file of src/Iop.Domain/Placement
#   scripts/mutation.sh Outcomes 'Cohort*.cs'     # some files of a namespace (while working on them)
#   scripts/mutation.sh Outcomes '!Cell*.cs'      # a namespace but some files ('!' excludes; a run per part, summed)
#   scripts/mutation.sh Continuum Rules Coding    # several namespaces in one run (a score line for each)
#
# Writes StrykerOutput/<Namespace>/ (the HTML and JSON reports) and prints the score and every surviving
# mutant as `file:line mutator: replacement`. The score is Stryker's: (killed + timeout) / (killed + timeout
# + survived + no coverage); compile errors and ignored mutants are not counted.
#
# Tests run for each mutant: by default the tests of the namespaces mutated (tests/Iop.Domain.Tests/<Namespace>/),
# since every test touches the continuum's types and running the whole suite per mutant takes hours on a small
# machine. MUTATION_TESTS="Continuum Intensity" names other test folders; MUTATION_TESTS=all runs every test but
# Hardening (the reflection fuzz, which calls every member) and Documentation (snippet compilation with Roslyn).
# Leaving tests out can only lower the score: the figures in docs/testing.md are a lower bound.
#
# Environment: STRYKER_CONCURRENCY (default: the machine's cores); MUTATION_TESTS (see above); MUTATION_SKIP="ClassA ClassB"
# leaves those test classes out (for the slow property tests whose oracle dominates every mutant they cover).
# Progress: one character per mutant tested on standard output (Stryker's dots reporter).
set -euo pipefail
cd "$(dirname "$0")/.."

ns="${1:?usage: scripts/mutation.sh <Namespace> [file-glob ...] | scripts/mutation.sh <Namespace> <Namespace> ...}"
shift
[ -d "src/Iop.Domain/$ns" ] || { echo "no namespace folder src/Iop.Domain/$ns" >&2; exit 2; }

namespaces=("$ns")
globs=()
for arg in "$@"; do
  if [[ "$arg" != *"*"* && "$arg" != *.cs && -d "src/Iop.Domain/$arg" ]]; then namespaces+=("$arg"); else globs+=("$arg"); fi
done

mutate=()
includes=0
for glob in ${globs[@]+"${globs[@]}"}; do
  if [[ "$glob" == '!'* ]]; then mutate+=(--mutate "!**/$ns/${glob#!}"); else mutate+=(--mutate "**/$ns/$glob"); includes=$((includes + 1)); fi
done
if [ "$includes" -eq 0 ]; then
  for n in "${namespaces[@]}"; do mutate+=(--mutate "**/$n/*.cs" --mutate "**/$n/**/*.cs"); done
fi
ns="$(IFS=+; echo "${namespaces[*]}")"

tests="${MUTATION_TESTS:-${namespaces[*]}}"
if [ "$tests" = all ]; then
  filter='FullyQualifiedName!~Iop.Domain.Tests.Hardening&FullyQualifiedName!~Iop.Domain.Tests.Documentation'
else
  filter=""
  for t in $tests; do
    [ -d "tests/Iop.Domain.Tests/$t" ] || { echo "no test folder tests/Iop.Domain.Tests/$t" >&2; exit 2; }
    filter="${filter:+$filter|}FullyQualifiedName~Iop.Domain.Tests.$t."
  done
fi

# MUTATION_SKIP="ClassA ClassB" leaves slow test classes out (each mutant they cover would run them; a lower bound again).
for skip in ${MUTATION_SKIP:-}; do filter="(${filter})&FullyQualifiedName!~.${skip}."; done

out="$PWD/StrykerOutput/$ns"
if [ "${#globs[@]}" -gt 0 ]; then out="$out-$(printf '%s\n' "${globs[@]}" | md5sum | cut -c1-8)"; fi
rm -rf "$out"
dotnet tool restore > /dev/null
# Test-project context: builds the core's test project and what it references, not the whole solution.
(cd tests/Iop.Domain.Tests && dotnet stryker \
  --project Iop.Domain.csproj \
  "${mutate[@]}" \
  --test-case-filter "$filter" \
  --concurrency "${STRYKER_CONCURRENCY:-$(nproc)}" \
  --reporter json --reporter html --reporter dots \
  --output "$out" \
  --skip-version-check)

report="$(find "$out" -name mutation-report.json | head -1)"
python3 - "$report" "$ns" "$(git rev-parse --short HEAD)" "$tests" <<'PY'
import json, sys
report, ns, commit, tests = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
data = json.load(open(report))
counts, survivors, per = {}, [], {}
for path, f in sorted(data["files"].items()):
    short = path.split("src/Iop.Domain/")[-1]
    folder = short.split("/")[0]
    for m in f["mutants"]:
        s = m["status"]
        counts[s] = counts.get(s, 0) + 1
        per.setdefault(folder, {})
        per[folder][s] = per[folder].get(s, 0) + 1
        if s in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            survivors.append(f"{short}:{line} {s} {m['mutatorName']}: {m.get('replacement', '').strip()[:100]}")
detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
valid = detected + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
for s in survivors:
    print(s)
def line(name, c):
    det = c.get("Killed", 0) + c.get("Timeout", 0)
    val = det + c.get("Survived", 0) + c.get("NoCoverage", 0)
    return f"  {name}: {100.0 * det / val if val else 100.0:.1f} % ({val} mutants tested, {det} detected)"
if len(per) > 1:
    for folder in sorted(per):
        if any(per[folder].get(k, 0) for k in ("Killed", "Timeout", "Survived", "NoCoverage")):
            print(line(folder, per[folder]))
score = 100.0 * detected / valid if valid else 100.0
print(f"{ns} at {commit}: {score:.1f} % ({valid} mutants tested: {counts.get('Killed', 0)} killed, "
      f"{counts.get('Timeout', 0)} timed out, {counts.get('Survived', 0)} survived, "
      f"{counts.get('NoCoverage', 0)} not covered; {counts.get('CompileError', 0)} compile errors, "
      f"{counts.get('Ignored', 0)} ignored; tests: {tests})")
PY
