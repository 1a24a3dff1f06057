package org.lerhub.app.api;

import java.io.IOException;
import java.io.InputStream;
import org.lerhub.engine.ingest.DocumentTooLargeException;

/** Reads a raw request body up to the configured limit, refusing larger ones before they fill memory. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw new DocumentTooLargeException(body.length, limit);
        }
        return body;
    }
}
