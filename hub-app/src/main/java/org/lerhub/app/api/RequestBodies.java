package org.lerhub.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.ingest.DocumentTooLargeException;
import org.springframework.stereotype.Component;

/**
 * Reads a raw request body up to {@code ler.ingest.max-document-size}, refusing larger ones before they fill memory:
 * one that declares a larger length is refused unread, one of unknown length once it passes the limit.
 */
@Component
class RequestBodies {

    private final long limit;

    RequestBodies(LerProperties properties) {
        this.limit = properties.ingest().maxDocumentSize().toBytes();
    }

    byte[] read(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw new DocumentTooLargeException(declared, limit);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw new DocumentTooLargeException(limit);
        }
        return body;
    }
}
