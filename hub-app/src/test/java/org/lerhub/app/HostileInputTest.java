package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Hostile and malformed input is refused with a reason, kept as a dead letter, and the hub stays healthy. */
class HostileInputTest extends HubTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("external entity", ("<?xml version=\"1.0\"?>\n<!DOCTYPE CollegeTranscript [\n"
                        + "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<CollegeTranscript><Student><Person><Name><FirstName>&xxe;</FirstName></Name></Person>"
                        + "</Student></CollegeTranscript>").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("billion laughs", billionLaughs()),
                Arguments.of("50 MB of nesting", deepNesting(50 * 1024 * 1024)),
                Arguments.of("malformed", "<CollegeTranscript><Student></CollegeTranscript>".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRejectedWithAReasonAndKeptAsADeadLetter(String name, byte[] content) {
        HubClient.Response response = hub().post("tn-admin", "/api/v1/documents?format=pesc-college-transcript",
                "application/xml", content);

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
