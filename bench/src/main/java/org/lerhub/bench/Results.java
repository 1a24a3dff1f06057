package org.lerhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of figures: each the hub's, the raw baseline's, their ratio and the target it is held to. */
final class Results {

    /**
     * @param higherIsBetter whether the ratio hub/baseline should be high (throughput) or low (latency, memory)
     */
    record Row(String figure, String unit, double hub, double baseline, boolean higherIsBetter, String target) {

        String ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? "—" : format(hub / baseline) + "×";
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String figure, String unit, double hub, double baseline, boolean higherIsBetter, String target) {
        Row row = new Row(figure, unit, hub, baseline, higherIsBetter, target);
        rows.add(row);
        System.out.printf(Locale.ROOT, "  %-62s %12s %12s %8s  %s%n", figure + " (" + unit + ")", format(hub),
                format(baseline), row.ratio(), target);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    String markdown(String heading) {
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        out.append("| figure | unit | hub | raw baseline | hub / baseline | target |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.figure()).append(" | ").append(row.unit()).append(" | ")
                    .append(format(row.hub())).append(" | ").append(format(row.baseline())).append(" | ")
                    .append(row.ratio()).append(" | ").append(row.target()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    void write(Path file, String heading) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown(heading));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : "%.2f", value);
    }
}
