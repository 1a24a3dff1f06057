package org.lerhub.mapping;

import java.util.function.Consumer;

/**
 * Turns one document of one format family into shared-schema records. Plain Java: no Spring, no Camel, no
 * engine. Implementations must be stateless and thread-safe, and must reject hostile input (external
 * entities, entity expansion, excessive nesting) with a {@link MappingException} rather than parse it.
 */
public interface RecordMapper {

    /** The format id of API.md, e.g. {@code pesc-college-transcript} or {@code ob3}. */
    String formatId();

    /**
     * Whether the document looks like this format; cheap, used for auto-detection. Look at
     * {@link SourceDocument#head()} rather than parsing everything.
     */
    boolean recognizes(SourceDocument document);

    /**
     * Maps the document. Records come back without id, learner, verification or the document side of their
     * provenance: the pipeline adds those.
     *
     * @throws MappingException when the content is malformed, hostile or not this format; its message is
     *                          shown to the agency admin, so say what is wrong and where
     */
    MappingResult map(SourceDocument document) throws MappingException;

    /**
     * Maps the document with what the hub lends (linked resources); mappers that follow links override this.
     */
    default MappingResult map(SourceDocument document, MappingContext context) throws MappingException {
        return map(document);
    }

    /**
     * Maps the document part by part, handing each part over as soon as it is mapped, so that the records of a
     * large document (a batch of ten thousand transcripts, an HR export of a hundred thousand rows) are never all in
     * memory at once. Mappers of such documents override this; the default hands over the whole result as one
     * part. The pipeline calls this form. A {@link MappingException} after some parts were handed over rejects
     * the whole document; an exception thrown by {@code parts} passes through unchanged.
     */
    default void map(SourceDocument document, MappingContext context, Consumer<MappingResult> parts)
            throws MappingException {
        parts.accept(map(document, context));
    }
}
