package org.lerhub.engine.verification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The {@code xsd} check: an XML document whose root namespace has a bundled schema ({@link BundledSchemas}) is
 * validated against it, streaming from its bytes (a batch of thousands of transcripts is never held as a tree).
 * Real transcripts often break a facet, so a violation is a {@code WARNING} — structure, reported apart from what
 * signatures prove, never a rejection — and each violation (at most {@value #MAX_REPORTED}) becomes a document
 * warning with its line, column and element path. Other XML is {@code SKIPPED} with the reason; non-XML gets no
 * check. Parsing is as hardened as the mappers' ({@code SafeXml}): no DOCTYPE, no entities, nothing external.
 */
final class XsdCheck {

    static final String CHECK = "xsd";
    static final int MAX_REPORTED = 20;

    /** The check, and the violations as document warnings. */
    record Outcome(Finding finding, List<String> warnings) {
    }

    private final BundledSchemas schemas;

    XsdCheck(BundledSchemas schemas) {
        this.schemas = schemas;
    }

    /** Empty when the document is not XML. */
    Optional<Outcome> check(byte[] content) {
        QName root = rootElement(content);
        if (root == null) {
            return Optional.empty();
        }
        String namespace = root.getNamespaceURI();
        Optional<String> message = schemas.message(namespace);
        if (message.isEmpty()) {
            String what = namespace.isEmpty() ? "the root element <" + root.getLocalPart() + "> has no namespace"
                    : "no schema for " + namespace + " is bundled";
            return Optional.of(new Outcome(Finding.skipped(CHECK, what + ", so the document was not validated (bundled: "
                    + String.join(", ", schemas.messages()) + ")"), List.of()));
        }
        return Optional.of(validate(content, message.get()));
    }

    private Outcome validate(byte[] content, String message) {
        Violations violations = new Violations();
        try {
            Validator validator = schemas.schema().newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver(schemas.resolver());
            validator.setErrorHandler(violations);
            ElementPath path = new ElementPath(secureReader());
            path.setErrorHandler(violations);
            violations.path = path;
            validator.validate(new SAXSource(path, new InputSource(new ByteArrayInputStream(content))));
        } catch (SAXException e) {
            // a fatal error (already counted) or a refused resource: the findings so far stand
            if (violations.total == 0) {
                violations.add(e instanceof SAXParseException located ? located : null, e.getMessage());
            }
        } catch (IOException | ParserConfigurationException e) {
            return new Outcome(Finding.skipped(CHECK, "the document could not be validated: " + e.getMessage()),
                    List.of());
        }
        if (violations.total == 0) {
            return new Outcome(Finding.passed(CHECK, "valid against the bundled " + message + " schema"), List.of());
        }
        String first = violations.reported.get(0);
        String more = violations.total > violations.reported.size()
                ? " (the first " + violations.reported.size() + " are in the warnings)" : "";
        return new Outcome(Finding.warning(CHECK, violations.total + (violations.total == 1 ? " violation" : " violations")
                        + " of the bundled " + message + " schema" + more + "; structural only, the document was still"
                        + " mapped. First: " + first),
                violations.reported.stream().map(v -> "XSD " + message + ": " + v).toList());
    }

    /** The root element's name, or null when the bytes are not XML. Reads only up to the first element. */
    private static QName rootElement(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI();
                    return new QName(namespace == null ? "" : namespace, reader.getLocalName());
                }
            }
            return null;
        } catch (XMLStreamException notXml) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // in memory: nothing to release
                }
            }
        }
    }

    /** A namespace-aware SAX reader that refuses DOCTYPEs and never loads anything external. */
    private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        return factory.newSAXParser().getXMLReader();
    }

    /** Keeps the path of the element being read, so a violation can say where it is beyond line and column. */
    private static final class ElementPath extends XMLFilterImpl {

        private final Deque<String> open = new ArrayDeque<>();

        ElementPath(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            open.addLast(localName);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            // the validator judges an element's value at its end tag: pop only after it has spoken
            super.endElement(uri, localName, qName);
            open.removeLast();
        }

        String current() {
            return String.join("/", open);
        }
    }

    /** Counts every violation and keeps the first few, as a person reads them. */
    private static final class Violations implements ErrorHandler {

        private final List<String> reported = new ArrayList<>();
        private ElementPath path;
        private int total;
        private String lastPlace;

        @Override
        public void warning(SAXParseException e) {
            // schema warnings (not violations) say nothing about the document
        }

        @Override
        public void error(SAXParseException e) {
            add(e, e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(e, e.getMessage());
            throw e;
        }

        void add(SAXParseException at, String message) {
            String place = at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                    + (path == null || path.current().isEmpty() ? "" : " (" + path.current() + ")");
            // the validator restates a facet violation as "the value of element X is not valid" at the same place
            if (place.equals(lastPlace) && !place.isEmpty()) {
                return;
            }
            lastPlace = place;
            total++;
            if (reported.size() < MAX_REPORTED) {
                reported.add((place.isEmpty() ? "" : place + ": ") + message);
            }
        }
    }
}
