package org.lerhub.engine.verification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.lerhub.engine.Sha256;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The XML schemas the {@code xsd} check validates against: the PESC schemas under {@code pesc-xsd/}, compiled
 * once into one {@link Schema} (a batch's content is validated strictly against the transcript schemas, so they
 * must be one grammar). Each file is pinned by its SHA-256 here, in code, and construction fails when a file
 * differs; imports are answered from these files only, and any other location is refused, so compiling never
 * touches the network or the file system. Sources and licence: {@code PROVENANCE.md} beside the files.
 */
public final class BundledSchemas {

    /** A bundled file; {@code message} is the document type it declares, null for the imported type libraries. */
    record Bundled(String file, String sha256, String namespace, String message) {
    }

    static final List<Bundled> SCHEMAS = List.of(
            new Bundled("CollegeTranscript_v1.6.0.xsd", "19bfe127f76efc1afa039dbc96bc1929773a7fa161b841ed8b066547d36ed833",
                    "urn:org:pesc:message:CollegeTranscript:v1.6.0", "PESC College Transcript v1.6.0"),
            new Bundled("HighSchoolTranscript_v1.5.0.xsd",
                    "3ac61f825ef38772b652a2250256937ad44db4475f9d6763653b3abe205c96dc",
                    "urn:org:pesc:message:HighSchoolTranscript:v1.5.0", "PESC High School Transcript v1.5.0"),
            new Bundled("AcademicRecordBatch_v2.1.0.xsd",
                    "fd6ef20f5de43ac225b674bb12df98962e250f091d8029286c2c7aa53b66f49b",
                    "urn:org:pesc:message:AcademicRecordBatch:v2.1.0", "PESC Academic Record Batch v2.1.0"),
            new Bundled("AcademicRecord_v1.9.0.xsd", "b0f9c96af25e7aecf93ca95754e0754f21dc6d4050c06352933d686fc135c742",
                    "urn:org:pesc:sector:AcademicRecord:v1.9.0", null),
            new Bundled("CoreMain_v1.14.0.xsd", "e6bf7fd50273ee6c2aa9a412138e0134846fc25400d51c69de1b977f34576d8d",
                    "urn:org:pesc:core:CoreMain:v1.14.0", null));

    private static final String FOLDER = "/pesc-xsd/";
    /** The base every bundled file is compiled under, so that relative imports name bundled files. */
    private static final String BASE = "bundled:/pesc-xsd/";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Schema schema;

    public BundledSchemas() {
        for (Bundled bundled : SCHEMAS) {
            byte[] bytes = read(bundled.file());
            String actual = Sha256.hex(bytes);
            if (!actual.equals(bundled.sha256())) {
                throw new IllegalStateException("the bundled XML schema " + bundled.file() + " has SHA-256 " + actual
                        + ", not its pinned " + bundled.sha256() + ": it was changed without review");
            }
            files.put(bundled.file(), bytes);
        }
        this.schema = compile();
    }

    /** One instance for tools and tests outside Spring: compiling the schemas takes a moment. */
    static BundledSchemas shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final BundledSchemas INSTANCE = new BundledSchemas();
    }

    /** The compiled grammar of every bundled message schema; thread-safe. */
    Schema schema() {
        return schema;
    }

    /** The document type a bundled schema declares in this namespace, e.g. "PESC College Transcript v1.6.0". */
    Optional<String> message(String namespace) {
        return SCHEMAS.stream().filter(s -> s.message() != null && s.namespace().equals(namespace))
                .map(Bundled::message).findFirst();
    }

    /** The document types with a bundled schema, as a person reads them. */
    List<String> messages() {
        return SCHEMAS.stream().map(Bundled::message).filter(m -> m != null).toList();
    }

    /** Answers imports from the bundled files only; anything else is refused, never fetched. */
    LSResourceResolver resolver() {
        return (type, namespace, publicId, systemId, baseUri) -> {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            byte[] bytes = files.get(name);
            if (bytes == null) {
                throw new IllegalStateException("the XML resource " + systemId + " (namespace " + namespace
                        + ") is not bundled with this hub, and schemas are never fetched");
            }
            LSInput input = newInput();
            input.setByteStream(new ByteArrayInputStream(bytes));
            input.setSystemId(BASE + name);
            input.setPublicId(publicId);
            return input;
        };
    }

    private Schema compile() {
        try {
            SchemaFactory factory = secureSchemaFactory();
            factory.setResourceResolver(resolver());
            Source[] messages = SCHEMAS.stream().filter(s -> s.message() != null)
                    .map(s -> new StreamSource(new ByteArrayInputStream(files.get(s.file())), BASE + s.file()))
                    .toArray(Source[]::new);
            return factory.newSchema(messages);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled PESC schemas do not compile: " + e.getMessage(), e);
        }
    }

    /** The JDK's own schema factory with secure processing and no external access of its own. */
    static SchemaFactory secureSchemaFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static LSInput newInput() {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder().getDOMImplementation();
            return ls.createLSInput();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM implementation is missing", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = BundledSchemas.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled XML schema " + FOLDER + file + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
