#!/usr/bin/env bash
# make bench: bbctl beside the Go reference tools, medians of BENCH_RUNS (default 5) runs.
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shared=$(cd "${2:-../shared}" 2>/dev/null && pwd || true)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
oracles=$("$shared/tools/get-oracles" 2>/dev/null | tail -n 1 || true)
if [ -z "$oracles" ] || [ ! -x "$oracles/kubectl" ]; then
  echo "bench needs the reference binaries (../shared/tools/get-oracles)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen-overlay.py" "$work/gen" 1000
spec="$work/spec.json"
{
  echo '['
  echo "{\"name\": \"build: customer dev overlay\", \"bbctl\": \"'$bin' build '$repo/examples/customer/dev'\", \"reference\": \"'$oracles/kubectl' kustomize '$repo/examples/customer/dev'\", \"time_target\": 0.2, \"mem_target\": 0.5},"
  echo "{\"name\": \"build: generated overlay (1000 res)\", \"bbctl\": \"'$bin' build '$work/gen/overlay'\", \"reference\": \"'$oracles/kubectl' kustomize '$work/gen/overlay'\", \"time_target\": 0.2, \"mem_target\": 0.5}"
  if [ -d "$shared/corpus/helm/charts/bigbang" ]; then
    chart="$shared/corpus/helm/charts/bigbang"
    devvalues="$shared/corpus/helm/cases/bigbang__template-gitrepo-dev-nopromtail/values.yaml"
    echo ",{\"name\": \"template: bigbang defaults\", \"bbctl\": \"'$bin' template bigbang '$chart' -n bigbang\", \"reference\": \"'$oracles/helm' template bigbang '$chart' -n bigbang\", \"time_target\": 0.125, \"mem_target\": 0.5}"
    echo ",{\"name\": \"template: bigbang dev values\", \"bbctl\": \"'$bin' template bigbang '$chart' -n bigbang -f '$devvalues'\", \"reference\": \"'$oracles/helm' template bigbang '$chart' -n bigbang -f '$devvalues'\", \"time_target\": 0.125, \"mem_target\": 0.5}"
  fi
  echo ']'
} > "$spec"
python3 "$here/bench.py" "$spec"
