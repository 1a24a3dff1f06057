package org.lerhub.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.schema.LerRecord;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden-file kit for mapper tests: {@code corpus/<family>/<file>} is the input,
 * {@code golden/<format-id>/<file>.expected.json} the records the mapper must produce.
 *
 * <p>To write or refresh the expected files after a deliberate change, run the tests with
 * {@code -Dgolden.update=true} and review the diff like code.
 */
public final class GoldenFiles {

    public static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Path SOURCE_ROOT = Path.of("src/test/resources");

    private GoldenFiles() {
    }

    /** A corpus sample from the test classpath, e.g. {@code pesc/college-transcript.xml}. */
    public static SourceDocument sample(String corpusPath, String mediaType) {
        return new SourceDocument(bytes("corpus/" + corpusPath), mediaType, corpusPath);
    }

    public static byte[] bytes(String classpathResource) {
        try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + classpathResource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records as the golden files hold them. */
    public static String render(List<LerRecord> records) {
        return JSON.writeValueAsString(records) + "\n";
    }

    /** Asserts that the records equal the golden file, or writes it when {@code golden.update} is set. */
    public static void assertMatches(String formatId, String corpusPath, List<LerRecord> records) {
        String name = Path.of(corpusPath).getFileName().toString();
        String resource = "golden/" + formatId + "/" + name + ".expected.json";
        String actual = render(records);
        if (Boolean.getBoolean("golden.update")) {
            Path target = SOURCE_ROOT.resolve(resource);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String expected = new String(bytes(resource), StandardCharsets.UTF_8);
        assertThat(actual).as("records of %s (golden file %s)", corpusPath, resource).isEqualTo(expected);
    }
}
