package org.lerhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a tiny size: every figure is measured for the hub and, except where no baseline applies, for the
 * raw baseline, every document is stored and every signed badge verifies. Figures are not asserted.
 */
class BenchmarkSmokeTest {

    @Test
    void measuresEveryFigureBesideItsBaseline() throws Exception {
        Path out = Path.of("target/bench-smoke.md");
        Results results = Benchmark.run(BenchOptions.parse("--learners", "6", "--signed", "3", "--search-sizes",
                "3000", "--queries", "20", "--out", out.toString()));

        assertThat(results.rows()).extracting(Results.Row::figure).anySatisfy(f -> assertThat(f)
                .startsWith("ingest pesc-college-transcript")).anySatisfy(f -> assertThat(f)
                .startsWith("ingest ob3, signed, full verification")).anySatisfy(f -> assertThat(f)
                .startsWith("search, full hub path")).anySatisfy(f -> assertThat(f)
                .startsWith("search with facets, consent-filtered index query, 3,000 records p99")).anySatisfy(f ->
                assertThat(f).startsWith("revocation → invisible, 3,000 records")).anySatisfy(f -> assertThat(f)
                .startsWith("heap used after GC, 3,000 records"));
        assertThat(results.rows()).allSatisfy(row -> assertThat(row.hub()).as(row.figure()).isPositive());
        assertThat(results.rows()).filteredOn(row -> !row.figure().contains("(ingested)"))
                .allSatisfy(row -> assertThat(row.baseline()).as(row.figure()).isPositive());
        // a note on outcomes means a document was not stored, or a signed badge did not verify
        assertThat(results.notes()).noneMatch(note -> note.contains("outcomes"));
        assertThat(Files.readString(out)).contains("| figure | unit | hub | raw baseline | hub / baseline | target |");
    }
}
