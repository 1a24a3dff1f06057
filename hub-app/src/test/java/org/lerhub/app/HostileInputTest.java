package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.demo.DemoDataGenerator;
import tools.jackson.databind.JsonNode;

/** Hostile and malformed input is refused with a reason, kept as a dead letter, and the hub stays healthy. */
class HostileInputTest extends HubTest {

    private static final String TRANSCRIPT = "pesc-college-transcript";

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("external entity", TRANSCRIPT, "application/xml", utf8("<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE CollegeTranscript [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<CollegeTranscript><Student><Person><Name><FirstName>&xxe;</FirstName></Name></Person>"
                        + "</Student></CollegeTranscript>")),
                Arguments.of("billion laughs", TRANSCRIPT, "application/xml", billionLaughs()),
                Arguments.of("quadratic blow-up", TRANSCRIPT, "application/xml", quadraticBlowUp()),
                Arguments.of("50 MB of nesting", TRANSCRIPT, "application/xml", deepNesting(50 * 1024 * 1024)),
                Arguments.of("malformed", TRANSCRIPT, "application/xml",
                        utf8("<CollegeTranscript><Student></CollegeTranscript>")),
                Arguments.of("truncated transcript", TRANSCRIPT, "application/xml",
                        Arrays.copyOf(transcript(), transcript().length / 2)),
                Arguments.of("invalid UTF-8", TRANSCRIPT, "application/xml", invalidUtf8(transcript())),
                Arguments.of("UTF-16 declared, UTF-8 bytes", TRANSCRIPT, "application/xml",
                        utf8(new String(transcript(), StandardCharsets.UTF_8)
                                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\""))),
                Arguments.of("JSON with duplicate keys", "ob3", "application/json", utf8(new String(
                        TestBadges.badge("dup@example.org", "Welding I", "dup"), StandardCharsets.UTF_8)
                        .replaceFirst("\\{", "{\"name\":\"Shadowed\",\"name\":\"Other\","))),
                Arguments.of("truncated badge", "ob3", "application/json", Arrays.copyOf(
                        TestBadges.badge("cut@example.org", "Welding I", "cut"), 60)),
                Arguments.of("deeply nested JSON", "ob3", "application/json",
                        utf8("[".repeat(100_000) + "]".repeat(100_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRejectedWithAReasonAndKeptAsADeadLetter(String name, String format, String mediaType, byte[] content) {
        HubClient.Response response = hub().post("tn-admin", "/api/v1/documents?format=" + format, mediaType, content);

        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("root:");
        String documentId = problem.path("documentId").asString();
        assertThat(documentId).isNotBlank();

        JsonNode document = hub().get("tn-admin", "/api/v1/documents/" + documentId).json();
        assertThat(document.path("status").asString()).isEqualTo("DEAD_LETTER");
        assertThat(document.path("reason").asString()).isEqualTo(problem.path("detail").asString());
        assertThat(hub().get("tn-admin", "/api/v1/documents/" + documentId + "/original").body()).isEqualTo(content);

        HubClient.Response health = hub().get(null, "/actuator/health");
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("HostileInputTest %s: heap in use %d MiB of %d MiB%n", name,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A real transcript of the demo generator: Alice's. */
    private static byte[] transcript() {
        return new DemoDataGenerator(1).documents(1).findFirst().orElseThrow().content();
    }

    /** A 0xC3 lead byte followed by no continuation byte, in the middle of a name. */
    private static byte[] invalidUtf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        int at = text.indexOf("<FirstName>") + "<FirstName>".length();
        byte[] head = utf8(text.substring(0, at));
        byte[] tail = utf8(text.substring(at));
        byte[] out = Arrays.copyOf(head, head.length + 2 + tail.length);
        out[head.length] = (byte) 0xC3;
        out[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, out, head.length + 2, tail.length);
        return out;
    }

    /** One 100 kB entity referenced 10,000 times: a gigabyte once expanded, without nested entities. */
    private static byte[] quadraticBlowUp() {
        String entity = "x".repeat(100_000);
        return utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE CollegeTranscript [<!ENTITY a \"" + entity + "\">]>\n"
                + "<CollegeTranscript><Student>" + "&a;".repeat(10_000) + "</Student></CollegeTranscript>");
    }

    private static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        xml.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<CollegeTranscript><Student>&lol9;</Student></CollegeTranscript>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepNesting(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        byte[] open = "<a>".getBytes(StandardCharsets.UTF_8);
        out.writeBytes("<CollegeTranscript>".getBytes(StandardCharsets.UTF_8));
        while (out.size() + open.length <= size) {
            out.writeBytes(open);
        }
        return out.toByteArray();
    }
}
