package org.lerhub.mappings.pesc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mappings.xml.XmlElement;
import org.lerhub.mappings.xml.XmlSink;
import org.lerhub.schema.LerRecord;

/**
 * One AcademicRecordBatch as {@link org.lerhub.mappings.xml.SafeXml#stream} reads it: it steps into the root and
 * its {@code BatchContent}, and gets every other element whole: the {@code BatchEnvelope}, then each transcript,
 * which it maps at once. Use one instance per document.
 */
final class BatchReading implements XmlSink {

    static final String ROOT = "AcademicRecordBatch";
    private static final String CONTENT = "BatchContent";
    private static final String ENVELOPE = "BatchEnvelope";
    private static final int ROOT_DEPTH = 0;
    private static final int TRANSCRIPT_DEPTH = 2;

    /** Records handed over together: enough to make a store transaction worthwhile, few enough to stay small. */
    static final int PART_SIZE = 500;

    private final Map<TranscriptKind, PescTranscriptMapping> mappings = new EnumMap<>(TranscriptKind.class);
    private final Consumer<MappingResult> parts;
    private List<LerRecord> records = new ArrayList<>();
    private List<String> warnings = new ArrayList<>();
    private long mapped;
    /** The batch's reference to itself, on every record: {@code BatchID} and {@code BatchDateTime}. */
    private Map<String, Object> batch = Map.of();
    private int items;
    private int transcripts;
    private String firstFailure;

    BatchReading(String formatId, Consumer<MappingResult> parts) {
        this.parts = parts;
        for (TranscriptKind kind : TranscriptKind.values()) {
            mappings.put(kind, new PescTranscriptMapping(formatId, kind));
        }
    }

    @Override
    public boolean descend(int depth, String name, String namespace, int line) throws MappingException {
        if (depth == ROOT_DEPTH) {
            if (!name.equals(ROOT)) {
                throw new MappingException("the root element is <" + name + ">, not <" + ROOT + ">");
            }
            PescTranscriptMapping.namespaceWarning(ROOT, namespace).ifPresent(warnings::add);
            return true;
        }
        return depth == TRANSCRIPT_DEPTH - 1 && name.equals(CONTENT);
    }

    @Override
    public void element(int depth, XmlElement element) {
        if (depth == TRANSCRIPT_DEPTH) {
            item(element);
        } else if (element.name().equals(ENVELOPE)) {
            // the rest of the envelope (source and destination agencies) stays in the original document, as a
            // transcript's destination does
            batch = PescTranscriptMapping.reference(element, "BatchID", "BatchDateTime");
        } else {
            warnings.add("<" + element.name() + "> at line " + element.line() + " is neither " + ENVELOPE + " nor "
                    + CONTENT + "; it is kept in the original document only");
        }
    }

    /** Hands over the last part; fails when the batch gave no record at all. */
    void finish() throws MappingException {
        if (transcripts == 0) {
            throw new MappingException("the batch holds no CollegeTranscript or HighSchoolTranscript in its "
                    + CONTENT + ": there is nothing to map");
        }
        if (mapped == 0) {
            throw new MappingException("none of the " + transcripts + " transcripts of the batch could be mapped; "
                    + firstFailure);
        }
        handOver();
    }

    private void handOver() {
        if (!records.isEmpty() || !warnings.isEmpty()) {
            parts.accept(new MappingResult(records, warnings, List.of()));
            records = new ArrayList<>();
            warnings = new ArrayList<>();
        }
    }

    /** One element of {@code BatchContent}, numbered from 1 among them all, so that its number finds it. */
    private void item(XmlElement element) {
        String at = "Transcript[" + ++items + "]";
        Optional<TranscriptKind> kind = TranscriptKind.byRoot(element.name());
        if (kind.isEmpty()) {
            warnings.add(at + ": <" + element.name() + "> at line " + element.line() + " is not a PESC transcript;"
                    + " it is kept in the original document only");
            return;
        }
        transcripts++;
        try {
            MappingResult transcript = mappings.get(kind.get()).map(element, at, Map.of("pesc:batch", batch));
            records.addAll(transcript.records());
            warnings.addAll(transcript.warnings());
            mapped += transcript.records().size();
        } catch (MappingException | RuntimeException e) {
            // one bad transcript must not cost the thousands of good ones around it; the original keeps it
            String failure = at + " (<" + element.name() + "> at line " + element.line() + ") was not mapped: "
                    + (e instanceof MappingException ? "" : e.getClass().getSimpleName() + ": ") + e.getMessage();
            warnings.add(failure);
            if (firstFailure == null) {
                firstFailure = failure;
            }
        }
        if (records.size() >= PART_SIZE) {
            handOver();
        }
    }
}
