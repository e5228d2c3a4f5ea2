#!/usr/bin/env bash
# make bench: bbctl beside the Go reference tools, medians of BENCH_RUNS (default 9) runs.
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
    # render: bbctl render ENV vs the reference pipeline (kubectl kustomize | compose the
    # values | helm template) as one shell pipeline; and three environments in one call.
    "$here/bench-render-setup.sh" "$work/render" "$shared"
    export GIT_CONFIG_GLOBAL="$work/render/gitconfig" GIT_CONFIG_NOSYSTEM=1 BBCTL_CACHE="$work/render/cache"
    c="$work/render/customer" r="$work/render"
    pipeline() {
      printf "'%s' kustomize '%s/%s' > '%s/b-%s.yaml' && python3 '%s/compose-values.py' '%s/b-%s.yaml' bigbang > '%s/v-%s.json' && '%s' template bigbang '%s/mirror/chart' -n bigbang -f '%s/v-%s.json'" \
        "$oracles/kubectl" "$c" "$1" "$r" "$1" "$here" "$r" "$1" "$r" "$1" "$oracles/helm" "$r" "$r" "$1"
    }
    (cd "$c" && "$bin" render dev > /dev/null)  # warm the git cache once
    echo ",{\"name\": \"render: customer template dev\", \"bbctl\": \"'$bin' render dev --show-secrets\", \"cwd\": \"$c\", \"reference\": \"$(pipeline dev)\", \"time_target\": 0.1}"
    echo ",{\"name\": \"render: dev+staging+prod, one call\", \"bbctl\": \"'$bin' render dev staging prod --show-secrets\", \"cwd\": \"$c\", \"reference\": \"$(pipeline dev) && $(pipeline staging) && $(pipeline prod)\", \"time_target\": 0.1, \"cpu_target\": 1.5}"
    # diff and validate stand on render: diff of two environments against one render, and
    # validate of three environments (parallel: cores used).
    echo ",{\"name\": \"diff dev prod (vs render dev)\", \"bbctl\": \"'$bin' diff dev prod > /dev/null; test \$? -le 1\", \"cwd\": \"$c\", \"reference\": \"'$bin' render dev\", \"time_target\": 2.2}"
    echo ",{\"name\": \"validate dev staging prod (vs render dev)\", \"bbctl\": \"'$bin' validate dev staging prod > /dev/null; test \$? -le 1\", \"cwd\": \"$c\", \"reference\": \"'$bin' render dev\", \"cpu_target\": 1.5}"
  fi
  echo ']'
} > "$spec"
python3 "$here/bench.py" "$spec"
