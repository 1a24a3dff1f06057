package org.lerhub.mappings.pesc;

import org.lerhub.mappings.xml.SafeXml;

/**
 * PESC High School Transcript XML (any version, with or without its namespace): read as a college transcript is,
 * except that a session's {@code School} is the school that taught it and issues its diploma and courses (see
 * {@link TranscriptKind#HIGH_SCHOOL}). See mappings/README.md.
 */
public final class PescHighSchoolTranscriptMapper extends PescTranscriptMapper {

    public static final String FORMAT_ID = "pesc-high-school-transcript";

    /** With the default XML limits; the constructor {@link java.util.ServiceLoader} uses. */
    public PescHighSchoolTranscriptMapper() {
        this(new SafeXml());
    }

    /** With other XML limits, e.g. a larger size for an agency that sends very long transcripts. */
    public PescHighSchoolTranscriptMapper(SafeXml xml) {
        super(FORMAT_ID, TranscriptKind.HIGH_SCHOOL, xml);
    }
}
