package org.lerhub.mappings.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The byte-order marks that say how a text document is encoded, for the mappers that read text by its mark. */
public enum ByteOrderMark {

    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    /** The mark the content starts with, if any. */
    public static Optional<ByteOrderMark> of(byte[] content) {
        return Arrays.stream(values()).filter(mark -> mark.starts(content)).findFirst();
    }

    public Charset charset() {
        return charset;
    }

    /** How many bytes the mark takes. */
    public int length() {
        return bytes.length;
    }

    private boolean starts(byte[] content) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
