package org.lerhub.mapping;

import java.util.List;

/**
 * A verifiable part of a document (a whole credential, or one nested in a CLR or LER-RS), handed to the
 * verifier as the exact text that was signed.
 *
 * @param sourceRecordIds the records (by {@code provenance.sourceRecordId}) whose verification this part decides
 * @param mediaType       e.g. {@code application/vc+ld+json} or {@code application/vc+jwt}
 */
public record SignedPart(String mediaType, String content, List<String> sourceRecordIds) {

    public SignedPart {
        sourceRecordIds = List.copyOf(sourceRecordIds);
    }
}
