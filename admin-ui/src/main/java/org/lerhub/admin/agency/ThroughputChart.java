package org.lerhub.admin.agency;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.engine.store.Documents;

/**
 * A server-rendered bar chart of documents per day (stored stacked under dead letters), as coordinates for an SVG
 * template: no script, and the same numbers in a table beside it for screen readers.
 */
record ThroughputChart(int width, int height, long max, List<Bar> bars, List<Documents.DailyCount> days) {

    static final int WIDTH = 560;
    static final int HEIGHT = 160;
    private static final int GAP = 4;

    /** One day: the stored part from the baseline up, the dead-letter part on top of it. */
    record Bar(double x, double width, double storedY, double storedHeight, double failedY, double failedHeight,
               Documents.DailyCount day) {
    }

    /** Documents stored over all the days. */
    public long stored() {
        return days.stream().mapToLong(Documents.DailyCount::stored).sum();
    }

    /** Documents dead-lettered over all the days. */
    public long deadLetters() {
        return days.stream().mapToLong(Documents.DailyCount::deadLetters).sum();
    }

    static ThroughputChart of(List<Documents.DailyCount> days) {
        long max = Math.max(1, days.stream().mapToLong(d -> d.stored() + d.deadLetters()).max().orElse(1));
        double slot = (double) WIDTH / Math.max(1, days.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Documents.DailyCount day = days.get(i);
            double stored = HEIGHT * (double) day.stored() / max;
            double failed = HEIGHT * (double) day.deadLetters() / max;
            bars.add(new Bar(i * slot + GAP / 2.0, slot - GAP, HEIGHT - stored, stored, HEIGHT - stored - failed, failed,
                    day));
        }
        return new ThroughputChart(WIDTH, HEIGHT, max, bars, days);
    }
}
