package org.lerhub.engine.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The corpus vectors under {@code src/test/resources/vectors} (see PROVENANCE.md there). */
final class Vectors {

    /** Where the corpus' revoked credentials say their status lists live. */
    static final String ONE_ED_TECH_LIST = "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist";
    static final String DCC_LIST = "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj";

    private Vectors() {
    }

    static String text(String path) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves fixed documents by URL, records every request, and fetches nothing else. */
    static final class Documents implements RemoteDocuments {

        private final Map<String, String> byUrl = new HashMap<>();
        final CopyOnWriteArrayList<URI> requested = new CopyOnWriteArrayList<>();

        Documents with(String url, String body) {
            byUrl.put(url, body);
            return this;
        }

        /** The two corpus status lists at the URLs their credentials name. */
        static Documents corpusStatusLists() {
            return new Documents()
                    .with(ONE_ED_TECH_LIST, text("obv3/1edtech-validator/bit-string-list/testlist.json"))
                    .with(DCC_LIST, text("obv3/dcc/statusList-e5WK8CbZ1GjycuPombrj.json"));
        }

        @Override
        public Fetched fetch(URI uri) {
            requested.add(uri);
            String body = byUrl.get(uri.toString());
            return body == null ? new NotFetched("the test serves no document at " + uri) : new Found(body);
        }
    }
}
