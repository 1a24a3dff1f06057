package org.lerhub.mappings.hrcsv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The names of a file's columns: its header row, or "column 1", "column 2"… for a file without one. Unmapped
 * cells become extensions under these names.
 */
final class Header {

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    private Header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String key = ColumnRef.normalize(cells.get(i));
            // a repeated name finds its first column; a later one keeps its value under a name of its own
            boolean repeated = byKey.putIfAbsent(key, i) != null;
            String column = "column " + (i + 1);
            names.add(cells.get(i).isEmpty() ? column : repeated ? cells.get(i) + " (" + column + ")" : cells.get(i));
        }
    }

    static Header of(String[] row) {
        return new Header(Arrays.stream(row).map(String::strip).toList());
    }

    static Header none() {
        return new Header(List.of());
    }

    OptionalInt indexOf(String name) {
        Integer index = byKey.get(ColumnRef.normalize(name));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The name of the column at this 0-based index: its header, or "column N" beyond the header or without one. */
    String name(int index) {
        return index < names.size() ? names.get(index) : "column " + (index + 1);
    }
}
