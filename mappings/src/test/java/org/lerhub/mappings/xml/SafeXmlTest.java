package org.lerhub.mappings.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;

class SafeXmlTest {

    /** Hostile input must be turned away at once, not after the parser has done the damage. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final SafeXml xml = new SafeXml();

    @Test
    void readsLocalNamesNamespacesAttributesAndText() throws MappingException {
        XmlElement root = xml.parse(HostileXml.document("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated -->
                <ns2:CollegeTranscript xmlns:ns2="urn:org:pesc:message:CollegeTranscript:v1.6.0">
                  <Course kind="transfer"><CourseTitle> Ecology, Evolution, &amp; Society </CourseTitle></Course>
                  <Course/>
                </ns2:CollegeTranscript>"""));

        assertThat(root.name()).isEqualTo("CollegeTranscript");
        assertThat(root.namespace()).isEqualTo("urn:org:pesc:message:CollegeTranscript:v1.6.0");
        assertThat(root.line()).isEqualTo(3);
        assertThat(root.text()).isNull();
        assertThat(root.children("Course")).hasSize(2);
        XmlElement course = root.child("Course").orElseThrow();
        assertThat(course.namespace()).as("PESC children are unqualified").isEmpty();
        assertThat(course.attributes()).containsExactly(Map.entry("kind", "transfer"));
        assertThat(course.childText("CourseTitle")).isEqualTo("Ecology, Evolution, & Society");
        assertThat(course.asValue(name -> true))
                .isEqualTo(Map.of("@kind", "transfer", "CourseTitle", "Ecology, Evolution, & Society"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void readsEachEncodingByItsByteOrderMark(String encoding) throws MappingException {
        Charset charset = Charset.forName(encoding);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("\uFEFF".getBytes(charset));
        bytes.writeBytes("<Name><FirstName>Zoë</FirstName><LastName>Ólafsdóttir</LastName></Name>".getBytes(charset));

        XmlElement name = xml.parse(HostileXml.document(bytes.toByteArray()));

        assertThat(name.childText("FirstName")).isEqualTo("Zoë");
        assertThat(name.childText("LastName")).isEqualTo("Ólafsdóttir");
    }

    @Test
    void rejectsExternalEntitiesWithoutReadingTheFile() {
        assertRejected(HostileXml.XXE)
                .hasMessage("DOCTYPE declarations are not accepted (external entities / entity expansion), at line 2")
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejectsExternalDtdsWithoutFetchingThem() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY x 'fetched'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertRejected(HostileXml.externalDtd(base)).hasMessageContaining("DOCTYPE declarations are not accepted");
            assertThat(requests).as("requests the parser made").hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void rejectsEntityExpansion() {
        assertRejected(HostileXml.BILLION_LAUGHS).hasMessageStartingWith("DOCTYPE declarations are not accepted");
    }

    @Test
    void rejectsAnUndeclaredEntity() {
        assertRejected("<CollegeTranscript>&secret;</CollegeTranscript>")
                .hasMessageContaining("line 1").hasMessageContaining("secret");
    }

    @Test
    void rejectsDeepNestingAtTheFirstLevelTooMany() {
        assertRejected(HostileXml.nested(100_000)).hasMessage("nesting deeper than 256 elements at line 1");
    }

    @Test
    void acceptsNestingUpToTheLimit() throws MappingException {
        SafeXml threeLevels = new SafeXml(SafeXml.DEFAULT_MAX_BYTES, 3, 100);
        XmlElement root = threeLevels.parse(HostileXml.document("<a><b><c/></b></a>"));

        assertThat(root.child("b").flatMap(b -> b.child("c"))).isPresent();
        assertThatThrownBy(() -> threeLevels.parse(HostileXml.document("<a>\n<b><c><d/></c></b></a>")))
                .isInstanceOf(MappingException.class).hasMessage("nesting deeper than 3 elements at line 2");
    }

    @Test
    void rejectsAnOversizedDocumentBeforeParsingIt() {
        SourceDocument seventeenMegabytes = HostileXml.document(HostileXml.ofSize(17 * 1024 * 1024));

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> xml.parse(seventeenMegabytes))
                .isInstanceOf(MappingException.class).hasMessage("document is 17 MB; the limit is 16 MB"));
    }

    @Test
    void sizeLimitIsConfigurable() throws MappingException {
        SafeXml small = new SafeXml(1024, SafeXml.DEFAULT_MAX_DEPTH, SafeXml.DEFAULT_MAX_ELEMENTS);

        assertThat(small.parse(HostileXml.document(HostileXml.ofSize(1024))).name()).isEqualTo("CollegeTranscript");
        assertThatThrownBy(() -> small.parse(HostileXml.document(HostileXml.ofSize(1536))))
                .isInstanceOf(MappingException.class).hasMessage("document is 1.5 KB; the limit is 1 KB");
    }

    @Test
    void rejectsTooManyElements() {
        SafeXml few = new SafeXml(SafeXml.DEFAULT_MAX_BYTES, SafeXml.DEFAULT_MAX_DEPTH, 3);

        assertThatThrownBy(() -> few.parse(HostileXml.document("<a><b/><b/>\n<b/></a>")))
                .isInstanceOf(MappingException.class).hasMessage("more than 3 elements (at line 2)");
    }

    @Test
    void reportsWhereMalformedXmlBreaks() {
        assertRejected(HostileXml.MALFORMED).hasMessageStartingWith("malformed XML at line 3, column ")
                .hasMessageContaining("Student");
    }

    @Test
    void rejectsWhatIsNotXmlAtAll() {
        byte[] json = "{\"type\": \"OpenBadgeCredential\"}".getBytes(StandardCharsets.UTF_8);
        byte[] loneSurrogate = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8};
        for (byte[] content : List.of(new byte[0], json, loneSurrogate)) {
            assertThatThrownBy(() -> xml.parse(HostileXml.document(content)))
                    .isInstanceOf(MappingException.class).hasMessageStartingWith("malformed XML");
        }
    }

    @Test
    void sizesReadLikeAPersonWouldSayThem() {
        assertThat(SafeXml.size(512)).isEqualTo("512 bytes");
        assertThat(SafeXml.size(3584)).isEqualTo("3.5 KB");
        assertThat(SafeXml.size(16L * 1024 * 1024)).isEqualTo("16 MB");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String document) {
        SourceDocument source = HostileXml.document(document);
        return assertTimeoutPreemptively(QUICKLY,
                () -> assertThatThrownBy(() -> xml.parse(source)).isInstanceOf(MappingException.class));
    }
}
