package org.lerhub.mapping;

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
     * The pipeline calls this form.
     */
    default MappingResult map(SourceDocument document, MappingContext context) throws MappingException {
        return map(document);
    }
}
