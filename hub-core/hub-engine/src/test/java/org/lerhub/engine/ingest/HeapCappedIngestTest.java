package org.lerhub.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large documents ingest with the heap capped at 512 MB: a 10,000-transcript AcademicRecordBatch (about 130 MB) and a
 * 100,000-row HR CSV export go through the real pipeline in a child JVM started with {@code -Xmx512m}, and every
 * record is stored. The mapper hands the records over part by part, so they are never all in memory.
 */
class HeapCappedIngestTest {

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"batch, 10000", "csv, 100000"})
    void aLargeDocumentIngestsWholeUnderA512MegabyteHeap(String kind, int count, @TempDir Path dir)
            throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeDocumentIngest.class.getName(), kind, String.valueOf(count), dir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("the child JVM ended: %s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        String result = output.lines().filter(line -> line.startsWith("STORED") || line.startsWith("DEAD_LETTER"))
                .findFirst().orElse(output);
        String[] fields = result.split(" ");
        assertThat(fields[0]).as(result).isEqualTo("STORED");
        long inOutcome = Long.parseLong(fields[1]);
        assertThat(Long.parseLong(fields[2])).as("records in the store").isEqualTo(inOutcome);
        assertThat(inOutcome).as("one employment record per row, or every transcript's courses and awards")
                .isGreaterThanOrEqualTo(count);
        System.out.println(kind + " of " + count + ": " + result);
    }
}
