package org.lerhub.admin.site;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads of the admin UI: originals and JSON exports, always as attachments. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] content, String mediaType, String fileName) {
        MediaType type = MediaType.APPLICATION_OCTET_STREAM;
        try {
            type = mediaType == null ? type : MediaType.parseMediaType(mediaType);
        } catch (InvalidMediaTypeException garbled) {
            // a source's odd Content-Type: the bytes are still offered, as plain bytes
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
