package org.lerhub.mappings.pesc;

import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.xml.SafeXml;
import org.lerhub.mappings.xml.XmlHead;

/** A mapper for one PESC transcript message: recognized by its root element, read whole with {@link SafeXml}. */
abstract class PescTranscriptMapper implements RecordMapper {

    private final String formatId;
    private final TranscriptKind kind;
    private final SafeXml xml;
    private final PescTranscriptMapping mapping;

    PescTranscriptMapper(String formatId, TranscriptKind kind, SafeXml xml) {
        this.formatId = formatId;
        this.kind = kind;
        this.xml = xml;
        this.mapping = new PescTranscriptMapping(formatId, kind);
    }

    @Override
    public String formatId() {
        return formatId;
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return XmlHead.rootLocalName(document.head()).filter(kind.rootName()::equals).isPresent();
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        return mapping.map(xml.parse(document));
    }
}
