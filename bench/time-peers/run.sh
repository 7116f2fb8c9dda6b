#!/usr/bin/env bash
# Timex comparison with the JavaScript peers on the same inputs, in one run (not part of CI):
# TempEval-3 platinum and the shared corpus, scored by `provenance eval tempeval` for us, chrono-node and
# Microsoft Recognizers-Text, with each system's in-process throughput and our cold start.
#
# usage: bench/time-peers/run.sh [SHARED_DIR] [PEERS_DIR]
#   SHARED_DIR  the shared folder (default ../shared from the repository root)
#   PEERS_DIR   a copy of shared/peers with node_modules installed (default /tmp/peers; `npm install` there)
# Output: tables on stdout; the exported texts and peer records stay in $OUT (default a temp folder).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${1:-$repo/../shared}"
peers="${2:-/tmp/peers}"
out="${OUT:-$(mktemp -d -t time-peers.XXXXXX)}"
if [[ ! -d "$peers/node_modules/chrono-node" ]]; then
  echo "no chrono-node under $peers/node_modules: run 'npm install' in a copy of shared/peers and pass its path" >&2
  exit 2
fi

dotnet build "$repo/src/Provenance.Cli" -c Release -v quiet -nologo >/dev/null
cli="$repo/src/Provenance.Cli/bin/Release/net10.0/provenance"

run_set() {
  local name="$1" conventions="$2"; shift 2
  "$cli" eval tempeval "$@" --export-text "$out/$name" >/dev/null
  node "$repo/bench/time-peers/peers_timex.mjs" "$out/$name" "$out/$name" "$peers"
  for convention in $conventions; do
    echo "== $name ($convention convention)"
    "$cli" eval tempeval "$@" --convention "$convention" --peer-records "$out/$name-chrono.jsonl" "$out/$name-recognizers.jsonl"
  done
}

# TimeML files are scored under both conventions (TimeBank's is the one their gold follows); the shared gold follows
# our guidelines.
run_set platinum "Guidelines TimeBank" --dir "$shared/datasets/tempeval3/test/te3-platinum"
run_set shared "Guidelines" --corpus "$shared/corpus" --gold "$shared/gold"
echo "exported texts and peer records: $out"
