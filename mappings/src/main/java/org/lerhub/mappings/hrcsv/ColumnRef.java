package org.lerhub.mappings.hrcsv;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Where a profile finds a field: by header name (the first of several candidates that the header has) or, in a file
 * without header, by position (1 for the first column).
 *
 * @param names    header names as the profile writes them; empty for a position
 * @param position 1-based; 0 for a header name
 */
record ColumnRef(List<String> names, int position) {

    ColumnRef {
        names = List.copyOf(names);
    }

    static ColumnRef named(List<String> names) {
        return new ColumnRef(names, 0);
    }

    static ColumnRef at(int position) {
        return new ColumnRef(List.of(), position);
    }

    /** The 0-based index of the column in this header, if it has it; a position is taken as it is. */
    OptionalInt in(Header header) {
        if (position > 0) {
            return OptionalInt.of(position - 1);
        }
        for (String name : names) {
            OptionalInt index = header.indexOf(name);
            if (index.isPresent()) {
                return index;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the profile expects this very column, rather than searching for one of several: a missing expected
     * column is worth a warning (a typo in the profile, a changed export), a missing candidate is not.
     */
    boolean expected() {
        return names.size() == 1;
    }

    /** Header names compare without case, spaces and punctuation: "Employee ID", "employee_id", "EmployeeId". */
    static String normalize(String name) {
        StringBuilder key = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    @Override
    public String toString() {
        return position > 0 ? "column " + position : String.join(" or ", names);
    }
}
