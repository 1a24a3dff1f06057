package org.lerhub.mappings.pesc;

import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.xml.SafeXml;
import org.lerhub.mappings.xml.XmlHead;

/**
 * PESC College Transcript XML (any version, with or without its namespace): one achievement per academic award
 * (or per academic record that has only a GPA) and one course record per course. See mappings/README.md.
 */
public final class PescCollegeTranscriptMapper implements RecordMapper {

    public static final String FORMAT_ID = "pesc-college-transcript";
    private static final String ROOT = "CollegeTranscript";

    private final SafeXml xml;
    private final PescTranscriptMapping mapping = new PescTranscriptMapping(FORMAT_ID, ROOT);

    /** With the default XML limits; the constructor {@link java.util.ServiceLoader} uses. */
    public PescCollegeTranscriptMapper() {
        this(new SafeXml());
    }

    /** With other XML limits, e.g. a larger size for an agency that sends very long transcripts. */
    public PescCollegeTranscriptMapper(SafeXml xml) {
        this.xml = xml;
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return XmlHead.rootLocalName(document.head()).filter(ROOT::equals).isPresent();
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        return mapping.map(xml.parse(document));
    }
}
