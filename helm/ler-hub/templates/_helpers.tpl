{{/* Chart name, shortened to the 63 characters a DNS label allows. */}}
{{- define "ler-hub.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full resource name: the release name, with the chart name unless the release already carries it. */}}
{{- define "ler-hub.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "ler-hub.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ler-hub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "ler-hub.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "ler-hub.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "ler-hub.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "ler-hub.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Spring profiles from the external services turned on, then the operator's. */}}
{{- define "ler-hub.profiles" -}}
{{- $profiles := list }}
{{- if .Values.postgresql.enabled }}{{ $profiles = append $profiles "postgres" }}{{ end }}
{{- if .Values.elasticsearch.enabled }}{{ $profiles = append $profiles "elasticsearch" }}{{ end }}
{{- if .Values.keycloak.enabled }}{{ $profiles = append $profiles "keycloak" }}{{ end }}
{{- if .Values.demo.enabled }}{{ $profiles = append $profiles "demo" }}{{ end }}
{{- join "," (concat $profiles .Values.extraProfiles) }}
{{- end }}

{{/* The most pods that may run at once. */}}
{{- define "ler-hub.maxPods" -}}
{{- if .Values.autoscaling.enabled }}{{ .Values.autoscaling.maxReplicas }}{{ else }}{{ .Values.replicaCount }}{{ end }}
{{- end }}

{{/* The fewest pods that normally run. */}}
{{- define "ler-hub.minPods" -}}
{{- if .Values.autoscaling.enabled }}{{ .Values.autoscaling.minReplicas }}{{ else }}{{ .Values.replicaCount }}{{ end }}
{{- end }}

{{/* Whether the chart keeps a Secret of its own: some secret was given inline. */}}
{{- define "ler-hub.ownSecret" -}}
{{- if or (and .Values.postgresql.enabled .Values.postgresql.password (not .Values.postgresql.existingSecret))
          (and .Values.elasticsearch.enabled .Values.elasticsearch.password (not .Values.elasticsearch.existingSecret))
          (and .Values.connectors.secretKey (not .Values.connectors.existingSecret)) }}true{{ end }}
{{- end }}

{{/* Refuse combinations that would lose data or lock everyone out, with what to do instead. */}}
{{- define "ler-hub.validate" -}}
{{- if and (gt (int (include "ler-hub.maxPods" .)) 1) (not (and .Values.postgresql.enabled .Values.elasticsearch.enabled)) }}
{{- fail "more than one hub pod needs postgresql.enabled and elasticsearch.enabled: the embedded database and index live in one pod's volume" }}
{{- end }}
{{- if and .Values.postgresql.enabled (not .Values.postgresql.url) }}
{{- fail "postgresql.enabled needs postgresql.url (jdbc:postgresql://host:5432/database)" }}
{{- end }}
{{- if and .Values.elasticsearch.enabled (not .Values.elasticsearch.uris) }}
{{- fail "elasticsearch.enabled needs elasticsearch.uris (https://host:9200)" }}
{{- end }}
{{- if and .Values.keycloak.enabled (not .Values.keycloak.issuerUri) }}
{{- fail "keycloak.enabled needs keycloak.issuerUri (https://host/realms/ler-hub)" }}
{{- end }}
{{- if and .Values.postgresql.enabled (not (or .Values.connectors.secretKey .Values.connectors.existingSecret)) }}
{{- fail "postgresql.enabled needs connectors.secretKey or connectors.existingSecret: every pod must decrypt the connector credentials stored in the shared database" }}
{{- end }}
{{- if not (or .Values.demo.enabled .Values.keycloak.enabled) }}
{{- fail "neither demo.enabled nor keycloak.enabled: nobody could sign in" }}
{{- end }}
{{- end }}
