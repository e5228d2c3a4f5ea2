#!/usr/bin/env bash
# Re-records the goldens that stand for Go kustomize/helm behaviour, from the reference
# binaries only (../shared/tools/get-oracles). Same set-up as the tests: the example Big Bang
# base served from a local git repository at tag 3.30.0 through an insteadOf mirror.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
oracles=$("$here/../shared/tools/get-oracles" | tail -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
upstream="https://repo1.dso.mil/big-bang/bigbang.git"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1 HOME="$work"
git config --global user.name golden; git config --global user.email golden@example.invalid
mkdir -p "$work/mirror"
cp -R "$here/examples/bigbang-base" "$work/mirror/base"
cp -R "$here/examples/umbrella" "$work/mirror/chart"
git -C "$work/mirror" init -q -b main && git -C "$work/mirror" add -A
git -C "$work/mirror" commit -qm base && git -C "$work/mirror" tag 3.30.0 && git -C "$work/mirror" tag 3.29.0
git config --global "url.file://$work/mirror.insteadOf" "$upstream"
cp -R "$here/examples/customer" "$work/customer"
sed -i "s|- ../../bigbang-base|- $upstream//base?ref=3.30.0|" "$work/customer/base/kustomization.yaml"
out="$here/Tests/BigBangTests/Goldens"
for env in dev staging prod; do
  "$oracles/kubectl" kustomize "$work/customer/$env" > "$out/customer-$env.kustomize.yaml"
done
# The render reference: kustomize build, then helm template of the umbrella chart (the
# GitRepository's ./chart at the tag) with the values Flux composes from that build.
for env in dev staging prod; do
  python3 "$here/scripts/compose-values.py" "$out/customer-$env.kustomize.yaml" bigbang > "$work/values-$env.json"
  { cat "$out/customer-$env.kustomize.yaml"
    "$oracles/helm" template bigbang "$work/mirror/chart" -n bigbang -f "$work/values-$env.json"
  } > "$out/customer-$env.render.yaml"
done
"$oracles/helm" template bigbang "$here/examples/umbrella" -n bigbang \
  -f "$here/examples/customer/base/configmap.yaml" -f "$here/examples/customer/dev/configmap.yaml" \
  > "$out/umbrella-dev.helm.yaml"
echo "recorded into $out" >&2
