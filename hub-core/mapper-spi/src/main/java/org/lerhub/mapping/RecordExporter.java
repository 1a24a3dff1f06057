package org.lerhub.mapping;

/**
 * Writes a learner's records in one format family, so the learner can take them elsewhere: the way out, as a
 * {@link RecordMapper} is the way in. Plain Java, stateless and thread-safe, like a mapper.
 */
public interface RecordExporter {

    /** The format id, as mappers name formats ({@code clr2}, {@code ler-rs}). */
    String formatId();

    String mediaType();

    /** The file name an export is offered under, without a directory. */
    String fileName();

    byte[] export(LearnerRecords learner);
}
