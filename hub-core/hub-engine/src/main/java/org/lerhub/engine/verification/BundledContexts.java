package org.lerhub.engine.verification;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lerhub.engine.Sha256;

/**
 * The only JSON-LD document loader verification uses: it serves the contexts bundled under
 * {@code jsonld-contexts/} and refuses every other URL, so a context is never fetched at verification time and a
 * credential cannot change what its signature covers by pointing at a context the hub has not reviewed.
 *
 * <p>Each file is pinned by its SHA-256 here, in code, so that changing a context is a visible, reviewed change;
 * construction fails when a file differs from its fingerprint. Sources and licences: {@code PROVENANCE.md} beside
 * the files.
 */
public final class BundledContexts implements DocumentLoader {

    /** A bundled file and every URL it answers for (aliases included). */
    record Bundled(String file, String sha256, List<String> urls) {
    }

    static final List<Bundled> CONTEXTS = List.of(
            new Bundled("credentials-v2.jsonld", "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
                    List.of("https://www.w3.org/ns/credentials/v2")),
            new Bundled("credentials-v1.jsonld", "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc",
                    List.of("https://www.w3.org/2018/credentials/v1")),
            new Bundled("credentials-examples-v2.jsonld",
                    "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c",
                    List.of("https://www.w3.org/ns/credentials/examples/v2")),
            new Bundled("ob-v3p0-3.0.3.json", "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84",
                    List.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")),
            new Bundled("ob-v3p0-3.0.1.json", "cfc147db5fd5e3575b06bd471fe04784e92de69296f64a351b8dff0ec3372e9c",
                    List.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json")),
            new Bundled("ob-v3p0.json", "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10",
                    List.of("https://purl.imsglobal.org/spec/ob/v3p0/context.json",
                            "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld")),
            new Bundled("ob-v3p0-extensions.json", "146f85aa16effd7ca1da8056eb443f53ce1eca8a34186cb062832c0a97d889c3",
                    List.of("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json")),
            new Bundled("clr-v2p0-2.0.1.json", "880f1902d4158f2f33ce06af41b90719977cd1ea337a9de2e41edb3ff5e543d6",
                    List.of("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json")),
            new Bundled("clr-v2p0.json", "e198d7b517d74c5036434ce495086f67b10244709e9a3df9dcb7f8b1579b6167",
                    List.of("https://purl.imsglobal.org/spec/clr/v2p0/context.json")),
            new Bundled("security-suites-ed25519-2020-v1.jsonld",
                    "67646fbc0d6582ad7fbf08ccf0d3a4bedbb4177fd2d63385de52dc1b092ed6c5",
                    List.of("https://w3id.org/security/suites/ed25519-2020/v1")),
            new Bundled("data-integrity-v1.jsonld", "c6e5073f4bd4bf6d08f245736e6f32c29b012860b18583644b2d71e1de862669",
                    List.of("https://w3id.org/security/data-integrity/v1")),
            new Bundled("obv2x.jsonld", "393a890d7d95eb3a86f5f12309648a64c2d0676e5270e2967b5341a2dcea13d2",
                    List.of("https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json")));

    private static final String FOLDER = "/jsonld-contexts/";

    private final Map<String, JsonStructure> byUrl = new HashMap<>();

    public BundledContexts() {
        for (Bundled bundled : CONTEXTS) {
            byte[] bytes = read(bundled.file());
            String actual = Sha256.hex(bytes);
            if (!actual.equals(bundled.sha256())) {
                throw new IllegalStateException("the bundled JSON-LD context " + bundled.file() + " has SHA-256 "
                        + actual + ", not its pinned " + bundled.sha256() + ": it was changed without review");
            }
            JsonStructure json = StrictJson.parse(new String(bytes, StandardCharsets.UTF_8), bundled.file());
            bundled.urls().forEach(url -> byUrl.put(url, json));
        }
    }

    public Set<String> urls() {
        return Set.copyOf(byUrl.keySet());
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure json = byUrl.get(url.toString());
        if (json == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, notBundled(url.toString()),
                    new NotBundledException(url.toString()));
        }
        // a fresh document per load: the processor may set its URL, the parsed JSON itself is immutable
        JsonDocument document = JsonDocument.of(json);
        document.setDocumentUrl(url);
        return document;
    }

    static String notBundled(String url) {
        return "context " + url + " is not bundled with this hub, and contexts are never fetched while verifying,"
                + " so what the credential says cannot be pinned down";
    }

    private static byte[] read(String file) {
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled JSON-LD context " + FOLDER + file + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the cause of a load failure, so that the verifier can say "not bundled" whatever the processor wraps. */
    static final class NotBundledException extends Exception {

        private final String url;

        NotBundledException(String url) {
            super(notBundled(url), null, false, false);
            this.url = url;
        }

        String url() {
            return url;
        }
    }
}
