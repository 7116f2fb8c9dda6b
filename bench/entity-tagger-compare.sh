#!/usr/bin/env bash
# Measures the entity tagger of two builds side by side, interleaved round by round, and prints medians:
#   1. `eval conll` on a CoNLL file (default: CoNLL-2003 testa): tokens/s on one thread in a fresh process
#      (JIT and the word cache start cold, as in a short CLI run), and that process's peak RSS;
#   2. `bench FILE --repeat N --workers 1`: the entities annotator inside the whole pipeline on one worker,
#      warm, converted to tokens/s with the token count of FILE;
#   3. bench/EntityTaggerProbe built against each build: the tagger alone and the entity annotator, warm, on DOC,
#      with bytes allocated per token and the model's size in memory;
#   4. the size of each build's entities assembly (model, clusters and gazetteers embedded).
# Usage: bench/entity-tagger-compare.sh OLD_BUILD_DIR NEW_BUILD_DIR [ROUNDS] [REPEAT]
# Each *_BUILD_DIR holds a Release build of the CLI (`dotnet build src/Provenance.Cli -c Release -o DIR`).
# The shared folder is taken from SHARED (default ../shared). Nothing here asserts timings.
set -euo pipefail
old=$1; new=$2; rounds=${3:-5}; repeat=${4:-40}
shared=${SHARED:-../shared}
conll=${CONLL:-$shared/datasets/conll2003/valid.txt}
doc=${DOC:-$shared/corpus/commentary-seed-1.json}
out=$(mktemp -d)
tokens_per_doc=$("$new/provenance" analyze "$doc" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["layers"]["tokens"]))')
here=$(dirname "$0")
for side in old new; do
  dir=${!side}
  dotnet build "$here/EntityTaggerProbe" -c Release -p:ProvenanceBuild="$(cd "$dir" && pwd)" -o "$out/probe-$side" > "$out/probe-build-$side" 2>&1 \
    || { echo "probe build failed for $side (see below)"; tail -20 "$out/probe-build-$side"; exit 1; }
done
for r in $(seq 1 "$rounds"); do
  for side in old new; do
    dir=${!side}
    "$out/probe-$side/EntityTaggerProbe" "$doc" 9 "$side" > "$out/probe-$side-$r"
    /usr/bin/time -f "%M" -o "$out/rss-$side-$r" "$dir/provenance" eval conll --file "$conll" > "$out/conll-$side-$r"
    "$dir/provenance" bench "$doc" --repeat "$repeat" --workers 1 --json > "$out/bench-$side-$r"
  done
done
python3 - "$out" "$rounds" "$repeat" "$tokens_per_doc" "$old" "$new" <<'PY'
import json, re, statistics, sys, os, glob
out, rounds, repeat, tokens_per_doc, old, new = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
def med(xs): return statistics.median(xs)
print(f"{rounds} interleaved rounds, medians (min-max); bench: {repeat} documents of {tokens_per_doc} tokens, 1 worker")
print(f"{'build':5} {'eval conll tokens/s (cold)':>28} {'peak RSS MiB':>14} {'pipeline entities tokens/s (warm)':>36} {'entities MB/s':>14}")
for side, d in (("old", old), ("new", new)):
    cold = [float(re.search(r"([0-9]+) tokens/s", open(f"{out}/conll-{side}-{r}").read()).group(1)) for r in range(1, rounds + 1)]
    rss = [int(open(f"{out}/rss-{side}-{r}").read().split()[-1]) / 1024 for r in range(1, rounds + 1)]
    warm, mbs = [], []
    for r in range(1, rounds + 1):
        b = json.load(open(f"{out}/bench-{side}-{r}"))
        e = next(a for a in b["annotators"] if a["name"] == "entities")
        warm.append(repeat * tokens_per_doc / e["seconds"]); mbs.append(e["megabytes_per_second"])
    print(f"{side:5} {med(cold):>12.0f} ({min(cold):.0f}-{max(cold):.0f}) {med(rss):>14.0f} {med(warm):>20.0f} ({min(warm):.0f}-{max(warm):.0f}) {med(mbs):>14.2f}")
for side, d in (("old", old), ("new", new)):
    dll = os.path.join(d, "Provenance.Entities.dll")
    print(f"{side}: Provenance.Entities.dll {os.path.getsize(dll)/1048576:.2f} MiB (model, clusters and gazetteers embedded)")
PY
for side in old new; do dir=${!side}; echo "$side: $(grep '^model:' "$out/conll-$side-1" || echo 'model: (not reported by this build)')"; done
echo "probe (warm, one thread; each line one round of 9 x 10 passes):"
for r in $(seq 1 "$rounds"); do cat "$out/probe-old-$r" "$out/probe-new-$r"; done
rm -rf "$out"
