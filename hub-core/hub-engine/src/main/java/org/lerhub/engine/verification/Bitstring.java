package org.lerhub.engine.verification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * A status list's bits: {@code encodedList} is GZIP-compressed and base64url-encoded, with the multibase prefix
 * {@code u} in BitstringStatusList (StatusList2021 lists have no prefix). Index 0 is the most significant bit of
 * the first byte; a set bit means the status (revoked, suspended) applies.
 */
final class Bitstring {

    /** Far above any real list (the minimum is 16 KiB, 131,072 entries); stops a GZIP bomb. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private Bitstring(byte[] bits) {
        this.bits = bits;
    }

    static Bitstring decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty()) {
            throw new IllegalArgumentException("the list has no encodedList");
        }
        String base64 = encodedList.startsWith("u") ? encodedList.substring(1) : encodedList;
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(base64.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encodedList is not base64url: " + e.getMessage(), e);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new IllegalArgumentException("encodedList expands to more than " + MAX_BYTES + " bytes");
                }
            }
            return new Bitstring(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP-compressed: " + e.getMessage(), e);
        }
    }

    long size() {
        return bits.length * 8L;
    }

    boolean isSet(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the list's " + size() + " entries");
        }
        return (bits[(int) (index / 8)] >> (7 - (int) (index % 8)) & 1) == 1;
    }
}
