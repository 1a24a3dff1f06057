package org.lerhub.mapping;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The mappers and exporters on the classpath, by format id, and format detection over the mappers. */
public final class Mappers {

    private final Map<String, RecordMapper> byFormat = new LinkedHashMap<>();
    private final Map<String, RecordExporter> exporters = new LinkedHashMap<>();

    public Mappers(Collection<? extends RecordMapper> mappers, Collection<? extends RecordExporter> exporters) {
        exporters.forEach(exporter -> this.exporters.put(exporter.formatId(), exporter));
        for (RecordMapper mapper : mappers) {
            RecordMapper previous = byFormat.putIfAbsent(mapper.formatId(), mapper);
            if (previous != null) {
                throw new IllegalStateException("two mappers for format " + mapper.formatId() + ": "
                        + previous.getClass().getName() + " and " + mapper.getClass().getName());
            }
        }
    }

    public Mappers(Collection<? extends RecordMapper> mappers) {
        this(mappers, List.of());
    }

    /**
     * Every mapper and exporter registered in {@code META-INF/services/org.lerhub.mapping.RecordMapper} and
     * {@code …RecordExporter}.
     */
    public static Mappers fromClasspath() {
        return new Mappers(ServiceLoader.load(RecordMapper.class).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(RecordExporter.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public Optional<RecordExporter> exporter(String formatId) {
        return Optional.ofNullable(exporters.get(formatId));
    }

    public List<String> exportFormatIds() {
        return List.copyOf(exporters.keySet());
    }

    public Optional<RecordMapper> forFormat(String formatId) {
        return Optional.ofNullable(byFormat.get(formatId));
    }

    public List<String> formatIds() {
        return List.copyOf(byFormat.keySet());
    }

    /** The first mapper, in registration order, that recognizes the document. */
    public Optional<RecordMapper> detect(SourceDocument document) {
        return byFormat.values().stream().filter(m -> m.recognizes(document)).findFirst();
    }
}
