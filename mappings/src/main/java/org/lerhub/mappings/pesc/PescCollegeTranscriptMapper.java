package org.lerhub.mappings.pesc;

import org.lerhub.mappings.xml.SafeXml;

/**
 * PESC College Transcript XML (any version, with or without its namespace): one achievement per academic award
 * (or per academic record that has only a GPA) and one course record per course. See mappings/README.md.
 */
public final class PescCollegeTranscriptMapper extends PescTranscriptMapper {

    public static final String FORMAT_ID = "pesc-college-transcript";

    /** With the default XML limits; the constructor {@link java.util.ServiceLoader} uses. */
    public PescCollegeTranscriptMapper() {
        this(new SafeXml());
    }

    /** With other XML limits, e.g. a larger size for an agency that sends very long transcripts. */
    public PescCollegeTranscriptMapper(SafeXml xml) {
        super(FORMAT_ID, TranscriptKind.COLLEGE, xml);
    }
}
