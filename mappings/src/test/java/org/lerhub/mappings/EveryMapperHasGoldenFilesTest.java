package org.lerhub.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lerhub.mapping.Mappers;

/** A format is not added until its golden files are: the build fails for a registered mapper without them. */
class EveryMapperHasGoldenFilesTest {

    @Test
    void everyRegisteredMapperHasReviewedGoldenFiles() throws IOException {
        Mappers mappers = Mappers.fromClasspath();
        assertThat(mappers.formatIds()).isNotEmpty();
        for (String format : mappers.formatIds()) {
            Path golden = Path.of("src/test/resources/golden", format);
            assertThat(golden).as("golden files of %s (see README: Adding a format)", format).isDirectory();
            try (Stream<Path> files = Files.list(golden)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith(".expected.json")))
                        .as("golden files of %s", format).isNotEmpty();
            }
        }
    }
}
