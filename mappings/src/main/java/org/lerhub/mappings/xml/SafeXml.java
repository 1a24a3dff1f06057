package org.lerhub.mappings.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;

/**
 * The one way mappers read XML: safe by construction, so that hostile input is rejected with a reason a person
 * can act on, quickly and without touching the network or the file system.
 *
 * <ul>
 *   <li>no DTDs at all: a document with a DOCTYPE is rejected, which rules out external entities and entity
 *       expansion (billion laughs) together; no legitimate transcript needs one</li>
 *   <li>at most {@code maxBytes} bytes, {@code maxDepth} levels of nesting and {@code maxElements} elements in
 *       one tree (the whole document for {@link #parse}, each part for {@link #stream}), so that neither the
 *       parser nor the trees it builds can exhaust the heap or the stack</li>
 *   <li>malformed XML is reported with its line and column</li>
 * </ul>
 * The encoding comes from the byte-order mark or the XML declaration (UTF-8 and UTF-16 both work). It uses the
 * JDK's own StAX parser on purpose, so that its behaviour does not change with whichever StAX implementation
 * happens to be on the classpath.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SafeXml {

    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 256;
    public static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

    private final long maxBytes;
    private final int maxDepth;
    private final int maxElements;

    /** With the default limits: 16 MB, 256 levels, a million elements. */
    public SafeXml() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
    }

    public SafeXml(long maxBytes, int maxDepth, int maxElements) {
        if (maxBytes <= 0 || maxDepth <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
    }

    /** Parses the whole document into a tree, or says why it will not. */
    public XmlElement parse(SourceDocument document) throws MappingException {
        WholeDocument whole = new WholeDocument();
        stream(document, whole);
        return whole.root;
    }

    /**
     * Reads the document once, front to back, and builds a tree only of the elements the sink does not
     * {@link XmlSink#descend descend} into, handing each over as soon as its end tag is read; so a document of many
     * parts (a batch of transcripts) is never held as one tree. The same checks as {@link #parse} apply, the
     * element limit to each tree handed over.
     */
    public void stream(SourceDocument document, XmlSink sink) throws MappingException {
        byte[] content = document.content();
        if (content.length > maxBytes) {
            throw new MappingException("document is " + size(content.length) + "; the limit is " + size(maxBytes));
        }
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            read(reader, sink);
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(reader);
        }
    }

    private void read(XMLStreamReader reader, XmlSink sink) throws XMLStreamException, MappingException {
        // the elements being built, innermost first; empty while the reader is inside elements the sink descended into
        Deque<OpenElement> open = new ArrayDeque<>();
        int depth = 0;
        int elements = 0;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> throw new MappingException(
                        "DOCTYPE declarations are not accepted (external entities / entity expansion), at line "
                                + line(reader));
                // without a DTD no entity can be declared, so the parser already fails on any reference; this
                // keeps a reference from ever becoming silently missing text if that changes
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new MappingException(
                        "entity reference &" + reader.getLocalName() + "; at line " + line(reader)
                                + " is not accepted");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == maxDepth) {
                        throw new MappingException("nesting deeper than " + maxDepth + " elements at line "
                                + line(reader));
                    }
                    int at = depth++;
                    if (open.isEmpty() && sink.descend(at, reader.getLocalName(), namespace(reader), line(reader))) {
                        continue;
                    }
                    elements = open.isEmpty() ? 1 : elements + 1;
                    if (elements > maxElements) {
                        throw new MappingException("more than " + maxElements + " elements (at line "
                                + line(reader) + ")");
                    }
                    open.push(new OpenElement(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (!open.isEmpty()) {
                        XmlElement done = open.pop().close();
                        if (open.isEmpty()) {
                            sink.element(depth, done);
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                }
                default -> {
                    // comments, processing instructions and the document's start and end carry no content
                }
            }
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // belt and braces: even if a parser change made it try, nothing may be resolved
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not accepted");
        });
        return factory;
    }

    private static MappingException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new MappingException("malformed XML" + where + ": " + reason(e), e);
    }

    /** The parser's own explanation without its "ParseError at [row,col]" prefix, which {@link #malformed} restates. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start < 0 ? message : message.substring(start + "Message: ".length())).strip();
    }

    private static String namespace(XMLStreamReader reader) {
        return reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation().getLineNumber();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // the content is in memory; there is nothing to release or report
            }
        }
    }

    /** A size as a person reads it: 512 bytes, 3.5 KB, 16 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kilobytes = bytes / 1024.0;
        return kilobytes < 1024 ? decimal(kilobytes) + " KB" : decimal(kilobytes / 1024) + " MB";
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** The sink of {@link #parse}: builds the root element, and so the whole document. */
    private static final class WholeDocument implements XmlSink {
        private XmlElement root;

        @Override
        public boolean descend(int depth, String name, String namespace, int line) {
            return false;
        }

        @Override
        public void element(int depth, XmlElement element) {
            root = element;
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class OpenElement {
        private final String name;
        private final String namespace;
        private final int line;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        OpenElement(XMLStreamReader reader) {
            name = reader.getLocalName();
            namespace = namespace(reader);
            line = line(reader);
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        XmlElement close() {
            String own = text.toString().strip();
            return new XmlElement(name, namespace, line, attributes, own.isEmpty() ? null : own, children);
        }
    }
}
