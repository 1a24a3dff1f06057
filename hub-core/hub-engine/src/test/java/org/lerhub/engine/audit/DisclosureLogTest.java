package org.lerhub.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MigratedH2;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A learner reads their disclosures a page at a time, forwards from where they were or backwards from the latest. */
class DisclosureLogTest {

    private DisclosureLog log;
    private List<Long> lees;

    @BeforeEach
    void appendLooksAtTwoLearners() {
        log = new DisclosureLog(JdbcClient.create(MigratedH2.create("disclosures")),
                Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            log.append("SEARCH", "lee", "acme", "acme-hr", "g1", List.of("r" + i), "search page=" + i);
            log.append("SEARCH", "kim", "acme", "acme-hr", "g2", List.of("k" + i), "search page=" + i);
        }
        lees = log.ofLearner("lee").stream().map(Disclosure::seq).toList();
        assertThat(lees).hasSize(5);
    }

    @Test
    void forwardsAfterAnEntryInOrder() {
        assertThat(seqs(log.ofLearnerAfter("lee", 0, 2))).containsExactly(lees.get(0), lees.get(1));
        assertThat(seqs(log.ofLearnerAfter("lee", lees.get(1), 2))).containsExactly(lees.get(2), lees.get(3));
        assertThat(seqs(log.ofLearnerAfter("lee", lees.get(3), 2))).containsExactly(lees.get(4));
        assertThat(log.ofLearnerAfter("lee", lees.get(4), 2)).isEmpty();
    }

    @Test
    void backwardsFromTheLatestNewestFirst() {
        assertThat(seqs(log.ofLearnerBefore("lee", null, 2))).containsExactly(lees.get(4), lees.get(3));
        assertThat(seqs(log.ofLearnerBefore("lee", lees.get(3), 10))).containsExactly(lees.get(2), lees.get(1), lees.get(0));
        assertThat(log.ofLearnerBefore("lee", null, 10)).extracting(Disclosure::learnerId).containsOnly("lee");
        assertThat(log.verify().intact()).isTrue();
    }

    private static List<Long> seqs(List<Disclosure> entries) {
        return entries.stream().map(Disclosure::seq).toList();
    }
}
