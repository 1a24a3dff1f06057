package org.lerhub.mappings.hrcsv;

import java.nio.charset.Charset;

/**
 * How a profile's files are written.
 *
 * @param delimiter null to take whichever of comma, semicolon, tab and bar the header line has most of
 * @param encoding  null to read a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
 */
record CsvSyntax(Character delimiter, char quote, Charset encoding, boolean header) {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** The delimiter, or the one the first line uses most when the profile leaves it to the file. */
    char delimiterFor(String firstLine) {
        if (delimiter != null) {
            return delimiter;
        }
        char best = DELIMITERS[0];
        long most = 0;
        for (char candidate : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
