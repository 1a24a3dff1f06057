package org.lerhub.mappings.hrcsv;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cells of one row, read field by field. It remembers which cells went into a slot of the record, so that
 * {@link #rest()} can keep every other non-empty cell under its column's name: nothing is silently dropped. A cell
 * whose value cannot be read stays in the rest, with a warning naming the row and the column.
 */
final class Row {

    private final String[] cells;
    private final int line;
    private final Header header;
    private final Map<Field, Integer> columns;
    private final Map<Field, String> defaults;
    private final List<String> warnings;
    private final BitSet used = new BitSet();

    /**
     * @param line    the line the row starts on, the header being line 1, as a spreadsheet numbers rows
     * @param columns the 0-based column of each field the header has
     */
    Row(String[] cells, int line, Header header, Map<Field, Integer> columns, Map<Field, String> defaults,
        List<String> warnings) {
        this.cells = cells;
        this.line = line;
        this.header = header;
        this.columns = columns;
        this.defaults = defaults;
        this.warnings = warnings;
    }

    int line() {
        return line;
    }

    boolean isEmpty() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The field's cell, trimmed, which now counts as mapped; else the profile's default for it; else null. */
    String text(Field field) {
        Integer column = columns.get(field);
        if (column != null && column < cells.length && !cells[column].isBlank()) {
            used.set(column);
            return cells[column].strip();
        }
        return defaults.get(field);
    }

    /**
     * The field read by {@code parser}; a value it cannot read is left out of the slot and kept as written, with a
     * warning that says what was expected.
     */
    <T> Optional<T> parsed(Field field, String expected, Function<String, Optional<T>> parser) {
        String text = text(field);
        if (text == null) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            Integer column = columns.get(field);
            boolean fromCell = column != null && used.get(column);
            keepAsWritten(field);
            warnings.add(where(field) + ": '" + text + "' is not " + expected + "; "
                    + (fromCell ? "kept as written" : "the profile's default is ignored"));
        }
        return value;
    }

    /** Keeps the field's cell as written too: its slot holds only part of what it says. */
    void keepAsWritten(Field field) {
        Integer column = columns.get(field);
        if (column != null) {
            used.clear(column);
        }
    }

    /** "row 12, column 'Start Date'", for messages. */
    String where(Field field) {
        Integer column = columns.get(field);
        String name = column == null ? "default " + field.profileName() : "column '" + header.name(column) + "'";
        return "row " + line + ", " + name;
    }

    /** Every non-empty cell that is in no slot, by its column's name, in column order. */
    Map<String, Object> rest() {
        Map<String, Object> rest = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (!used.get(i) && !cells[i].isBlank()) {
                rest.put(header.name(i), cells[i].strip());
            }
        }
        return rest;
    }
}
