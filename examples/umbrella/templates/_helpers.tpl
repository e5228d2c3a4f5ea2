{{/* Labels every object of a package carries. */}}
{{- define "umbrella.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: bigbang
app.kubernetes.io/version: {{ .pkg.tag | quote }}
{{- end -}}

{{/* The values handed to a package: defaults it needs plus the user's overrides. */}}
{{- define "umbrella.values" -}}
domain: {{ .root.Values.domain }}
imagePullSecrets:
- name: private-registry
{{- with .pkg.values }}
{{ toYaml . }}
{{- end }}
{{- end -}}
