package org.lerhub.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The manifests {@code helm template} renders from the chart, parsed, with look-ups the tests share. */
record RenderedChart(List<JsonNode> manifests) {

    static final Path CHART = Path.of("ler-hub");
    static final String RELEASE = "ler-hub";
    static final String KUBERNETES = "1.31.0";
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Renders with a values file (a ci scenario). */
    static RenderedChart of(Path valuesFile) {
        return render(template -> template.withValuesFile(valuesFile));
    }

    /** Renders with the given {@code --set} values on top of the defaults. */
    static RenderedChart with(Map<String, Object> values) {
        return render(template -> {
            values.forEach(template::set);
            return template;
        });
    }

    static RenderedChart render(UnaryOperator<TemplateCommand> options) {
        String yaml = options.apply(new Helm(CHART).template().withName(RELEASE).withNamespace("ler")
                // helm-java assumes Kubernetes 1.20 unless told; the chart needs 1.25 (policy/v1, autoscaling/v2)
                .withKubeVersion(KUBERNETES)).call();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            return new RenderedChart(documents.readAll().stream()
                    .filter(document -> document != null && document.isObject()).toList());
        }
    }

    static JsonNode values(Path valuesFile) {
        return YAML.readTree(valuesFile.toFile());
    }

    List<JsonNode> all(String kind) {
        return manifests.stream().filter(manifest -> kind.equals(manifest.path("kind").asString())).toList();
    }

    /** The one manifest of that kind and name (the release's full name when the name is null). */
    JsonNode one(String kind, String name) {
        String wanted = name == null ? RELEASE : name;
        return all(kind).stream().filter(manifest -> wanted.equals(manifest.at("/metadata/name").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + wanted + " among " + names()));
    }

    JsonNode one(String kind) {
        return one(kind, null);
    }

    boolean has(String kind) {
        return !all(kind).isEmpty();
    }

    JsonNode podSpec() {
        return one("Deployment").at("/spec/template/spec");
    }

    JsonNode hubContainer() {
        return podSpec().path("containers").values().stream()
                .filter(container -> "hub".equals(container.path("name").asString())).findFirst().orElseThrow();
    }

    /** The hub container's environment: the main ConfigMap's data, then the container's own {@code env}. */
    Map<String, JsonNode> environment() {
        Map<String, JsonNode> environment = new TreeMap<>();
        one("ConfigMap").path("data").properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue()));
        hubContainer().path("env").values().forEach(variable -> environment.put(variable.path("name").asString(),
                variable.has("value") ? variable.path("value") : variable.path("valueFrom")));
        return environment;
    }

    String env(String name) {
        JsonNode value = environment().get(name);
        return value == null || !value.isString() ? null : value.asString();
    }

    List<String> profiles() {
        String active = env("SPRING_PROFILES_ACTIVE");
        return active == null ? List.of() : List.of(active.split(","));
    }

    private String names() {
        return manifests.stream().map(manifest -> manifest.path("kind").asString() + " "
                + manifest.at("/metadata/name").asString()).collect(Collectors.joining(", "));
    }
}
