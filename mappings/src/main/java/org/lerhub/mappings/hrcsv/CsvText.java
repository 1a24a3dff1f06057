package org.lerhub.mappings.hrcsv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.lerhub.mappings.text.ByteOrderMark;

/**
 * The characters of an export, decoded as its profile says: a byte-order mark wins over the profile (Excel writes
 * one); without one, the profile's encoding, or for {@code encoding: auto} UTF-8 when the bytes are valid UTF-8 and
 * Windows-1252 otherwise. Decoding is strict and streamed: bytes that are not valid in the encoding stop the reading
 * with an error rather than becoming replacement characters in someone's name, and the file is never held as one
 * string.
 */
final class CsvText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /** The text, and the encoding it is read in. */
    record Decoded(BufferedReader reader, Charset charset) {
    }

    /** @param encoding the profile's encoding, null for {@code auto} */
    static Decoded open(byte[] bytes, Charset encoding, List<String> warnings) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        Charset charset;
        if (mark.isPresent()) {
            charset = mark.get().charset();
            if (encoding != null && !encoding.equals(charset)
                    && !(encoding.equals(StandardCharsets.UTF_16) && mark.get() != ByteOrderMark.UTF_8)) {
                warnings.add("the file starts with a " + charset.name() + " byte-order mark: read as " + charset.name()
                        + ", not as " + encoding.name() + " as the profile says");
            }
        } else if (encoding != null) {
            charset = encoding;
        } else if (isValidUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
        } else {
            warnings.add("the file is not valid UTF-8 and has no byte-order mark: read as windows-1252");
            charset = WINDOWS_1252;
        }
        int skip = mark.map(ByteOrderMark::length).orElse(0);
        return new Decoded(new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(bytes, skip, bytes.length - skip), strict(charset))), charset);
    }

    /** Checked a buffer at a time, so that a large file is not decoded twice over in memory. */
    private static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
        } while (result.isOverflow());
        out.clear();
        return !decoder.flush(out).isError();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
