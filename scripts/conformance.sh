#!/usr/bin/env bash
# Runs the kustomize and helm conformance corpora with BIN and compares the pass counts
# with .ci/ratchet: a count below its ratchet fails. Prints both parity lines.
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shared=${2:-../shared}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ratchet="$here/.ci/ratchet"
corpus="$shared/corpus"
if [ ! -d "$corpus" ]; then
  echo "no corpus at $corpus: conformance skipped"
  exit 0
fi
status=0
check() {
  local name=$1 line=$2
  local passed=${line%% passed*}
  local floor
  floor=$(awk -v n="$name" '$1==n{print $2}' "$ratchet")
  floor=${floor:-0}
  echo "$name: $line (ratchet $floor)"
  if ! [[ $passed =~ ^[0-9]+$ ]] || [ "$passed" -lt "$floor" ]; then
    echo "error: $name pass count dropped below the ratchet ($passed < $floor)" >&2
    status=1
  elif [ "$passed" -gt "$floor" ]; then
    echo "note: $name improved: raise .ci/ratchet to $passed" >&2
  fi
}
k=$(cd "$corpus/kustomize" && ./run-parity.sh "'$bin' build {dir}" | tail -n 1)
check kustomize "$k"
h=$(cd "$corpus/helm" && ./run-parity.sh "'$bin' template {release} {chart} -n {namespace} -f {values} {args}" | tail -n 1)
check helm "$h"
exit $status
