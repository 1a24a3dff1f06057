package org.lerhub.bench;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.engine.search.IndexedRecord;
import org.lerhub.engine.search.Release;

/**
 * Index entries for the large search sizes, made from the records the pipeline really produced: entry {@code i}
 * copies template {@code i mod templates}, belongs to learner {@code i / 8}, and is released as learners' grants
 * would release it: of every ten learners, two release everything to Acme, one only a skills summary, one
 * everything to Globex, six nothing. Entry {@code i} is always the same, so a learner's entries can be rebuilt.
 */
final class SyntheticRecords {

    static final int RECORDS_PER_LEARNER = 8;

    private final List<IndexedRecord> templates;

    SyntheticRecords(List<IndexedRecord> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no records to copy");
        }
        this.templates = List.copyOf(templates);
    }

    IndexedRecord entry(int i, boolean released) {
        IndexedRecord template = templates.get(i % templates.size());
        int learner = i / RECORDS_PER_LEARNER;
        return new IndexedRecord("syn-" + i, learnerId(learner), template.agencyId(), template.kind(),
                template.title(), template.description(), template.issuer(), template.skills(),
                template.verification(), template.date(), released ? releases(learner) : List.of());
    }

    static String learnerId(int learner) {
        return "syn-learner-" + learner;
    }

    static List<Release> releases(int learner) {
        return switch (learner % 10) {
            case 0, 1 -> List.of(new Release("acme", null, true));
            case 2 -> List.of(new Release("acme", null, false));
            case 3 -> List.of(new Release("globex", null, true));
            default -> List.of();
        };
    }

    /** The entries of one learner, released or not. */
    List<IndexedRecord> ofLearner(int learner, int size, boolean released) {
        List<IndexedRecord> out = new ArrayList<>();
        for (int i = learner * RECORDS_PER_LEARNER; i < Math.min(size, (learner + 1) * RECORDS_PER_LEARNER); i++) {
            out.add(entry(i, released));
        }
        return out;
    }
}
