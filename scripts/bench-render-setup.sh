#!/usr/bin/env bash
# Prepares the render benchmark in $1: the public customer template (gitRepo variant) with
# dev, staging and prod overlays, whose Big Bang base and umbrella chart (the shared corpus
# copies) are served from one local git repository through insteadOf mirrors. Prints the
# environment variables both sides of the benchmark run with.
set -euo pipefail
work=$1 shared=$2
corpus="$shared/corpus"
mkdir -p "$work/mirror"
cp -R "$corpus/bigbang-base" "$work/mirror/base"
cp -R "$corpus/helm/charts/bigbang" "$work/mirror/chart"
cp -R "$corpus/customer-template/gitRepo" "$work/customer"
for f in $(find "$work/customer" -name '*secret.yaml'); do mv "$f" "${f%.yaml}.enc.yaml"; done
# Big Bang 3.x dropped promtail; the template's dev values still enable it (the schema says no).
python3 - "$work/customer/dev/configmap.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read().replace("promtail:\n  enabled: true\n", "")
open(p, "w").write(s)
PY
for env in staging prod; do
  cp -R "$work/customer/dev" "$work/customer/$env"
  sed -i "s/dev\.bigbang\.mil/$env.bigbang.mil/; s/dev-bb-secret/$env-bb-secret/g" "$work/customer/$env/configmap.yaml" "$work/customer/$env/kustomization.yaml"
  mv "$work/customer/$env/secrets/dev-bb-secret.enc.yaml" "$work/customer/$env/secrets/$env-bb-secret.enc.yaml"
  sed -i "s/dev-bb-secret/$env-bb-secret/" "$work/customer/$env/secrets/$env-bb-secret.enc.yaml"
done
cat > "$work/gitconfig" <<CFG
[user]
	name = bench
	email = bench@example.invalid
[url "file://$work/mirror"]
	insteadOf = https://repo1.dso.mil/platform-one/big-bang/bigbang.git
	insteadOf = https://repo1.dso.mil/big-bang/bigbang.git
CFG
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git -C "$work/mirror" init -q -b main
git -C "$work/mirror" add -A
git -C "$work/mirror" commit -qm bigbang
git -C "$work/mirror" tag 3.2.0
git -C "$work/mirror" tag 3.30.0
