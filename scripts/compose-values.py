#!/usr/bin/env python3
"""Reference for the render goldens, independent of bbctl: the values helm-controller gives a
HelmRelease, composed from a `kustomize build` stream (valuesFrom in order: ConfigMap data,
Secret data (base64) with stringData over it, key `values.yaml` unless valuesKey, optional
entries may be missing; deep merge, later wins; spec.values last). Prints JSON for `helm -f`.
targetPath is not supported here (the goldens do not use it).

usage: compose-values.py BUILD.yaml RELEASE_NAME > values.json
"""
import base64
import json
import sys

import yaml


def merge(into, new):
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value
    return into


def main():
    docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
    release = next(d for d in docs if d.get("kind") == "HelmRelease" and d["metadata"]["name"] == sys.argv[2])
    namespace = release["metadata"].get("namespace", "default")
    values = {}
    for ref in release["spec"].get("valuesFrom", []):
        obj = next((d for d in docs if d.get("kind") == ref["kind"] and d["metadata"]["name"] == ref["name"]
                    and d["metadata"].get("namespace", "default") == namespace), None)
        key = ref.get("valuesKey", "values.yaml")
        data = {}
        if obj is not None:
            for k, v in (obj.get("data") or {}).items():
                data[k] = base64.b64decode(v or "").decode() if ref["kind"] == "Secret" else (v or "")
            if ref["kind"] == "Secret":
                data.update(obj.get("stringData") or {})
        if key not in data:
            if ref.get("optional"):
                continue
            sys.exit(f"missing {ref['kind']}/{ref['name']} key {key}")
        merge(values, yaml.safe_load(data[key]) or {})
    merge(values, release["spec"].get("values") or {})
    json.dump(values, sys.stdout)


main()
