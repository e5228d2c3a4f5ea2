#!/usr/bin/env bash
# make demo: an offline end-to-end run on a customer repo of the Big Bang template's shape.
# A local git repository stands in for the Big Bang repo (served at a tag through a git
# config url.<base>.insteadOf mirror, as air-gapped sites do); nothing touches the network.
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

export HOME="$work/home" BBCTL_CACHE="$work/cache" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
git config --global user.name "bbctl demo"
git config --global user.email "demo@example.invalid"
git config --global init.defaultBranch main
upstream="https://repo1.dso.mil/big-bang/bigbang.git"

step "mirror: a local Big Bang repository tagged 3.30.0, reached through insteadOf"
mkdir -p "$work/mirror/bigbang"
cp -R "$here/examples/bigbang-base" "$work/mirror/bigbang/base"
cp -R "$here/examples/umbrella" "$work/mirror/bigbang/chart"
git -C "$work/mirror/bigbang" init -q
git -C "$work/mirror/bigbang" add -A
git -C "$work/mirror/bigbang" commit -qm "Big Bang 3.30.0"
git -C "$work/mirror/bigbang" tag 3.30.0
git -C "$work/mirror/bigbang" tag 3.29.0  # prod pins the previous release
git config --global "url.file://$work/mirror/bigbang.insteadOf" "$upstream"
mkdir -p "$work/mirror/istio"
cp -R "$here/examples/packages/istio/chart" "$work/mirror/istio/chart"
git -C "$work/mirror/istio" init -q
git -C "$work/mirror/istio" add -A
git -C "$work/mirror/istio" commit -qm "istio package 1.26.1-bb.0"
git -C "$work/mirror/istio" tag 1.26.1-bb.0
git config --global "url.file://$work/mirror/istio.insteadOf" "https://repo1.dso.mil/big-bang/product/packages/istio.git"
git config --global --get-regexp '^url\.' >&2

step "customer repo: base + dev/prod overlays referencing the base at the tag"
repo="$work/customer"
cp -R "$here/examples/customer" "$repo"
sed -i "s|- ../../bigbang-base|- $upstream//base?ref=3.30.0|" "$repo/base/kustomization.yaml"
cat "$repo/base/kustomization.yaml" >&2

for env in dev prod; do
  step "bbctl build $env (fetches the base into the cache the first time)"
  "$bin" build "$repo/$env" > "$work/$env.yaml"
  grep -E '^kind:|^  name:' "$work/$env.yaml" | paste - - | sed 's/^/  /' >&2
done

step "bbctl build dev --offline (served from the cache, no fetch)"
"$bin" build --offline "$repo/dev" | cmp - "$work/dev.yaml" && echo "  identical to the first build" >&2

step "bbctl build --offline of an uncached tag fails and names the URL and ref"
sed -i "s|ref=3.30.0|ref=9.9.9|" "$repo/base/kustomization.yaml"
if "$bin" build --offline "$repo/dev" 2> "$work/err.txt" >/dev/null; then
  echo "expected an error" >&2; exit 1
fi
sed 's/^/  /' "$work/err.txt" >&2
sed -i "s|ref=9.9.9|ref=3.30.0|" "$repo/base/kustomization.yaml"

step "bbctl template: the umbrella chart with dev's values"
"$bin" template bigbang "$work/mirror/bigbang/chart" -n bigbang -f "$repo/base/configmap.yaml" -f "$repo/dev/configmap.yaml" > "$work/dev-umbrella.yaml"
grep -E '^# Source:|^kind:' "$work/dev-umbrella.yaml" | paste - - | sort | uniq -c | sed 's/^/  /' >&2

step "bbctl template with a schema-breaking value fails with Helm's message"
if "$bin" template "$work/mirror/bigbang/chart" --set 'packages.istio.enabled={' > /dev/null 2> "$work/err.txt"; then
  echo "  (rendered)" >&2
else
  sed 's/^/  /' "$work/err.txt" >&2
fi
step "bbctl render dev: kustomize build, then the Big Bang HelmRelease templated with Flux's values"
(cd "$repo" && "$bin" render dev) > "$work/dev-render.yaml"
grep -E '^kind:' "$work/dev-render.yaml" | sort | uniq -c | sed 's/^/  /' >&2
grep -q 'dev-not-a-real-secret' "$work/dev-render.yaml" && { echo "secret value printed" >&2; exit 1; }
echo "  Secret values masked (--show-secrets prints them)" >&2

step "bbctl values dev --show-origin: what Big Bang gets, and which file set each value"
(cd "$repo" && "$bin" values dev --show-origin) | sed 's/^/  /' >&2

step "bbctl render dev --depth packages: istio's package chart is mirrored, monitoring is not"
(cd "$repo" && "$bin" render dev --depth packages --kind Deployment) 2> "$work/warn.txt" | sed 's/^/  /' >&2
grep -E 'not rendered' "$work/warn.txt" | sed 's/^/  /' >&2

step "bbctl images dev --depth packages"
(cd "$repo" && "$bin" images dev --depth packages 2>/dev/null) | sed 's/^/  /' >&2

step "bbctl render dev staging prod: three environments in parallel"
(cd "$repo" && "$bin" render dev staging prod -o json) | python3 -c 'import json,sys; d = json.load(sys.stdin); print("\n".join("  %s: %d objects" % (k, len(v["items"])) for k, v in d.items()))' >&2

# ---------------------------------------------------------------------------------------
# The whole story on a new repository: init -> render -> change dev -> diff -> promote -> validate.
story="$work/story"
step "bbctl init: a new customer repository (dev, staging, prod), first commit through libgit2"
age_key=""
if command -v age-keygen > /dev/null; then
  age_key=$(age-keygen -o "$work/age.key" 2>&1 | grep -o 'age1[0-9a-z]*' || true)
  export SOPS_AGE_KEY_FILE="$work/age.key"
fi
"$bin" init "$story" --envs dev,staging,prod --bigbang-version 3.30.0 --domain bigbang.example.mil --git \
  ${age_key:+--age-recipient "$age_key"} | sed 's/^/  /' >&2

step "bbctl render dev (the scaffold renders out of the box)"
(cd "$story" && "$bin" render dev) > "$work/story-dev.yaml"
grep -E '^kind:' "$work/story-dev.yaml" | sort | uniq -c | sed 's/^/  /' >&2

step "change a dev value (tempo on in dev) and commit it"
printf '\n# Trying tracing in dev first.\ntempo:\n  enabled: true\n' >> "$story/dev/configmap.yaml"
git -C "$story" commit -qam "dev: enable tempo"

step "bbctl diff dev staging --level values (exit 1: they differ)"
set +e
(cd "$story" && "$bin" diff dev staging --level values) | sed 's/^/  /' >&2
code=${PIPESTATUS[0]}
set -e
echo "  exit status $code" >&2

step "bbctl promote dev staging --dry-run, then --commit"
(cd "$story" && "$bin" promote dev staging --dry-run) | sed 's/^/  /' >&2
(cd "$story" && "$bin" promote dev staging --commit) | sed 's/^/  /' >&2
git -C "$story" log -1 --format='  %s%n%n%b' >&2

step "bbctl diff staging --ref HEAD~1 (what the promotion changed in staging)"
set +e
(cd "$story" && "$bin" diff staging --ref HEAD~1 --level values) | sed 's/^/  /' >&2
set -e

step "bbctl validate (all environments, in parallel)"
if [ -n "$age_key" ]; then
  (cd "$story" && "$bin" validate) 2>&1 | sed 's/^/  /' >&2
else
  # Without age-keygen the scaffold's secrets stay plaintext, and validate rightly flags them.
  echo "  (no age-keygen: the secrets were not encrypted, so validate reports them; exit 1 expected)" >&2
  set +e
  (cd "$story" && "$bin" validate) 2>&1 | sed 's/^/  /' >&2
  code=${PIPESTATUS[0]}
  set -e
  echo "  exit status $code" >&2
  [ "$code" -le 1 ] || exit "$code"
fi

echo >&2
echo "demo: ok" >&2
