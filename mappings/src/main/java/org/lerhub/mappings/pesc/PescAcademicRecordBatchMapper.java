package org.lerhub.mappings.pesc;

import java.util.function.Consumer;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.xml.SafeXml;
import org.lerhub.mappings.xml.XmlHead;

/**
 * PESC AcademicRecordBatch XML: many College and High School Transcripts in one {@code BatchContent}, each mapped
 * as its own document would be. The batch is streamed: one transcript at a time is built as a tree, mapped and
 * dropped, so a batch of ten thousand never becomes one tree; a transcript that cannot be mapped is a warning
 * naming its position, not the end of the batch. See mappings/README.md.
 */
public final class PescAcademicRecordBatchMapper implements RecordMapper {

    public static final String FORMAT_ID = "pesc-academic-record-batch";

    /**
     * A batch may be far larger than one transcript, and its bytes are in memory already; the hub's own limit on
     * a document ({@code ler.ingest.max-document-size}) is usually the smaller one.
     */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private final SafeXml xml;

    /**
     * With a 512 MB limit on the batch and {@link SafeXml}'s other default limits, the element limit applying to
     * each transcript; the constructor {@link java.util.ServiceLoader} uses.
     */
    public PescAcademicRecordBatchMapper() {
        this(new SafeXml(DEFAULT_MAX_BYTES, SafeXml.DEFAULT_MAX_DEPTH, SafeXml.DEFAULT_MAX_ELEMENTS));
    }

    /** With other limits: {@code maxBytes} for the whole batch, {@code maxElements} for each transcript in it. */
    public PescAcademicRecordBatchMapper(SafeXml xml) {
        this.xml = xml;
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return XmlHead.rootLocalName(document.head()).filter(BatchReading.ROOT::equals).isPresent();
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        return MappingResult.collected(parts -> map(document, MappingContext.OFFLINE, parts));
    }

    /** Hands over the records of a few hundred transcripts at a time (and the warnings so far). */
    @Override
    public void map(SourceDocument document, MappingContext context, Consumer<MappingResult> parts)
            throws MappingException {
        BatchReading batch = new BatchReading(FORMAT_ID, parts);
        xml.stream(document, batch);
        batch.finish();
    }
}
