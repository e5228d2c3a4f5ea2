#!/usr/bin/env bash
# Installs the system packages bbctl builds against, only when they are missing.
# `install-deps.sh demo` also tries to add `age` (the demo's new repository encrypts its
# secrets with an age key); without it the demo still runs and says what it skipped.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
pkg-config --exists libgit2 2>/dev/null || missing+=(libgit2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift is not on PATH (Swift 6.x toolchain required)" >&2
  exit 1
fi
if [ "${1:-}" = "demo" ] && ! command -v age-keygen >/dev/null 2>&1; then
  echo "installing: age (for the demo's SOPS secrets)" >&2
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq age >/dev/null 2>&1; then
    echo "warning: age could not be installed; the demo leaves its secrets unencrypted" >&2
  fi
fi
