package org.lerhub.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one inbound document and what the transport said about them.
 *
 * @param mediaType the declared content type, possibly null or generic ({@code application/octet-stream})
 * @param name      the file name or URL segment, possibly null; only for messages
 */
public record SourceDocument(byte[] content, String mediaType, String name) {

    /** How much of the start of a document {@link #head()} decodes for format detection. */
    public static final int HEAD_BYTES = 16 * 1024;

    public SourceDocument {
        Objects.requireNonNull(content, "content");
    }

    /**
     * The start of the document as text, decoded by its byte-order mark (UTF-8, UTF-16 LE/BE), or as UTF-8
     * when it has none; the BOM itself is left out.
     */
    public String head() {
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(0xFF, 0xFE)) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(0xFE, 0xFF)) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (content.length > 1 && content[0] == '<' && content[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (content.length > 1 && content[0] == 0 && content[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        }
        int end = Math.min(content.length, skip + HEAD_BYTES);
        return new String(content, skip, end - skip, charset);
    }

    private boolean startsWith(int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceDocument that && Arrays.equals(content, that.content)
                && Objects.equals(mediaType, that.mediaType) && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content) * 31 + Objects.hash(mediaType, name);
    }

    @Override
    public String toString() {
        return "SourceDocument[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
