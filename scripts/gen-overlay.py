#!/usr/bin/env python3
"""Writes a synthetic kustomize tree for benchmarks: a base of N resources (Deployments,
Services, ConfigMaps, ServiceAccounts referencing each other) and an overlay with a name
prefix, labels, a namespace, generators, images, replicas and targeted patches."""
import os
import sys

root = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
per_kind = count // 4
os.makedirs(f"{root}/base", exist_ok=True)
os.makedirs(f"{root}/overlay", exist_ok=True)
files = []
for i in range(per_kind):
    name = f"app-{i:04d}"
    with open(f"{root}/base/{name}.yaml", "w") as f:
        f.write(f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    app: {name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
    spec:
      serviceAccountName: {name}
      containers:
      - name: main
        image: registry1.dso.mil/ironbank/app:{i}.0
        ports:
        - containerPort: 8080
        envFrom:
        - configMapRef:
            name: {name}-config
        volumeMounts:
        - name: config
          mountPath: /etc/app
      volumes:
      - name: config
        configMap:
          name: {name}-config
---
apiVersion: v1
kind: Service
metadata:
  name: {name}
spec:
  selector:
    app: {name}
  ports:
  - port: 80
    targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {name}-config
data:
  LOG_LEVEL: info
  "values.yaml": |
    replicas: {i}
    enabled: true
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {name}
""")
    files.append(f"{name}.yaml")
with open(f"{root}/base/kustomization.yaml", "w") as f:
    f.write("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n")
    for name in files:
        f.write(f"- {name}\n")
with open(f"{root}/overlay/kustomization.yaml", "w") as f:
    f.write("""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: bench
namePrefix: dev-
labels:
- pairs:
    env: dev
  includeSelectors: false
commonAnnotations:
  owner: platform
resources:
- ../base
images:
- name: registry1.dso.mil/ironbank/app
  newTag: "9.9"
replicas:
- name: app-0001
  count: 3
configMapGenerator:
- name: settings
  literals:
  - mode=dev
  - region=us-east
patches:
- target:
    kind: Deployment
  patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: any
    spec:
      template:
        spec:
          containers:
          - name: main
            resources:
              limits:
                memory: 256Mi
- target:
    kind: Service
    name: app-00.*
  patch: |-
    - op: add
      path: /metadata/annotations
      value:
        patched: "true"
""")
