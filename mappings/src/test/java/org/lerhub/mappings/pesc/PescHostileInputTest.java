package org.lerhub.mappings.pesc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.xml.HostileXml;
import org.lerhub.mappings.xml.SafeXml;

/** Every kind of hostile input ends as a {@link MappingException} with a reason, never as records or a crash. */
class PescHostileInputTest {

    private final PescCollegeTranscriptMapper mapper = new PescCollegeTranscriptMapper();

    static Stream<Arguments> hostileDocuments() {
        String noDoctype = "DOCTYPE declarations are not accepted";
        return Stream.of(
                Arguments.of("external entity", HostileXml.XXE.getBytes(UTF_8), noDoctype),
                Arguments.of("billion laughs", HostileXml.BILLION_LAUGHS.getBytes(UTF_8), noDoctype),
                Arguments.of("external DTD", HostileXml.externalDtd("http://127.0.0.1:9").getBytes(UTF_8), noDoctype),
                Arguments.of("deep nesting", HostileXml.nested(100_000).getBytes(UTF_8),
                        "nesting deeper than 256 elements at line 1"),
                Arguments.of("oversize", HostileXml.ofSize((int) SafeXml.DEFAULT_MAX_BYTES + 1), "the limit is 16 MB"),
                Arguments.of("malformed", HostileXml.MALFORMED.getBytes(UTF_8), "malformed XML at line 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void isRejectedWithAReason(String kind, byte[] content, String reason) {
        SourceDocument document = HostileXml.document(content);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> mapper.map(document))
                .isInstanceOf(MappingException.class).hasMessageContaining(reason));
    }
}
