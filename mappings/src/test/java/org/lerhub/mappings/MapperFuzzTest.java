package org.lerhub.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;

/**
 * Seeded random mutations of every corpus sample, fed to every registered mapper: a mapper may map or refuse
 * (its declared {@link MappingException}), never throw anything else. Replay a failure with {@code -Dfuzz.seed=N}.
 */
class MapperFuzzTest {

    private static final int MUTATIONS_PER_SAMPLE = 6;
    private static final String[] HOSTILE = {"\u0000", "\"", "'", "<", ">", "{", "}", "[", "]", "&", "&amp;", "]]>",
            "<!--", "\\u0000", "\\ud800", ":", ",", "-1", "1e999999", "99999999999999999999999", "NaN", "null",
            "true", "<a>", "</", "=cmd|' /C calc'!A0", "\r\n", "\uFEFF", "\uFFFF", "2025-13-45", "T25:61:61Z"};

    @Test
    void everyMapperMapsOrRefusesEveryMutation() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("MapperFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<RecordMapper> mappers = Mappers.fromClasspath().formatIds().stream()
                .map(id -> Mappers.fromClasspath().forFormat(id).orElseThrow()).toList();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            samples = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        assertThat(mappers).hasSizeGreaterThanOrEqualTo(9);
        assertThat(samples).isNotEmpty();

        List<String> unexpected = new ArrayList<>();
        int runs = 0;
        for (Path sample : samples) {
            byte[] original = Files.readAllBytes(sample);
            String mediaType = mediaType(sample);
            for (int i = 0; i < MUTATIONS_PER_SAMPLE; i++) {
                StringBuilder how = new StringBuilder();
                byte[] mutated = mutate(original, random, how);
                for (RecordMapper mapper : mappers) {
                    runs++;
                    try {
                        assertThat(mapper.map(new SourceDocument(mutated, mediaType, sample.getFileName().toString()),
                                MappingContext.OFFLINE)).isNotNull();
                    } catch (MappingException refused) {
                        assertThat(refused.getMessage()).isNotBlank();
                    } catch (RuntimeException | StackOverflowError e) {
                        unexpected.add(mapper.formatId() + " on " + sample.getFileName() + " after " + how + ": " + e);
                    }
                }
            }
        }
        System.out.println("MapperFuzzTest: " + runs + " mappings of " + samples.size() + " samples by "
                + mappers.size() + " mappers");
        assertThat(unexpected).as("seed " + seed).isEmpty();
    }

    private static String mediaType(Path sample) {
        String name = sample.getFileName().toString();
        return name.endsWith(".xml") ? "application/xml" : name.endsWith(".csv") ? "text/csv"
                : name.endsWith(".jwt") ? "application/vc+jwt" : "application/json";
    }

    /** One to three edits: flipped bytes, a cut, a dropped or doubled range, a hostile token. */
    static byte[] mutate(byte[] original, Random random, StringBuilder how) {
        byte[] out = original;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    out = out.clone();
                    out[at] = (byte) random.nextInt(256);
                    how.append("flip@").append(at).append(' ');
                }
                case 1 -> {
                    out = Arrays.copyOf(out, at);
                    how.append("cut@").append(at).append(' ');
                }
                case 2 -> {
                    int length = Math.min(out.length - at, 1 + random.nextInt(200));
                    out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, at + length, out.length));
                    how.append("drop@").append(at).append('+').append(length).append(' ');
                }
                case 3 -> {
                    int length = Math.min(out.length - at, 1 + random.nextInt(200));
                    out = concat(Arrays.copyOf(out, at + length), Arrays.copyOfRange(out, at, out.length));
                    how.append("double@").append(at).append('+').append(length).append(' ');
                }
                case 4 -> {
                    String token = HOSTILE[random.nextInt(HOSTILE.length)];
                    out = concat(concat(Arrays.copyOf(out, at), token.getBytes(StandardCharsets.UTF_8)),
                            Arrays.copyOfRange(out, at, out.length));
                    how.append("insert@").append(at).append(' ');
                }
                default -> {
                    // invalid UTF-8: a lone continuation byte or a truncated sequence
                    out = concat(concat(Arrays.copyOf(out, at), new byte[] {(byte) 0xC3, (byte) 0x28}),
                            Arrays.copyOfRange(out, at, out.length));
                    how.append("badutf8@").append(at).append(' ');
                }
            }
        }
        return out;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
