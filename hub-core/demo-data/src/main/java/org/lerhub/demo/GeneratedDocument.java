package org.lerhub.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated source document, ready to be ingested as if the agency's connector had delivered it.
 *
 * @param formatId     the hub's format id: {@value #PESC_COLLEGE_TRANSCRIPT}, {@value #OPEN_BADGES_3} or
 *                     {@value #LER_RS}
 * @param fileName     unique within one generator's output, e.g. {@code alice-transcript.xml}
 * @param content      the document's bytes, UTF-8
 * @param learnerEmail the email of the learner the document is about (as written in it, or hashed)
 */
public record GeneratedDocument(String agencyId, String connectorId, String formatId, String mediaType,
                                String fileName, byte[] content, String learnerEmail) {

    public static final String PESC_COLLEGE_TRANSCRIPT = "pesc-college-transcript";
    public static final String OPEN_BADGES_3 = "ob3";
    public static final String LER_RS = "ler-rs";

    public GeneratedDocument {
        Objects.requireNonNull(content, "content");
    }

    /** The content as text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    // a record compares arrays by identity; documents are values, compared by their bytes

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedDocument that && Arrays.equals(content, that.content)
                && Objects.equals(agencyId, that.agencyId) && Objects.equals(connectorId, that.connectorId)
                && Objects.equals(formatId, that.formatId) && Objects.equals(mediaType, that.mediaType)
                && Objects.equals(fileName, that.fileName) && Objects.equals(learnerEmail, that.learnerEmail);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content) * 31 + Objects.hash(agencyId, connectorId, formatId, mediaType, fileName,
                learnerEmail);
    }

    @Override
    public String toString() {
        return "GeneratedDocument[" + fileName + ", " + formatId + ", " + agencyId + "/" + connectorId + ", "
                + content.length + " bytes]";
    }
}
