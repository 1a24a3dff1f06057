package org.lerhub.engine.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.MutableClock;
import org.lerhub.schema.VerificationStatus;

/** Nothing is fetched unless allowed: contexts only from the bundle, other documents only through the seam. */
class OfflineTest {

    @Test
    void everyBundledFileIsPinnedAndServedUnderEachOfItsUrls() throws Exception {
        BundledContexts contexts = new BundledContexts();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/jsonld-contexts"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("PROVENANCE.md")))
                    .containsExactlyInAnyOrderElementsOf(BundledContexts.CONTEXTS.stream().map(BundledContexts.Bundled::file).toList());
        }
        String provenance = Files.readString(Path.of("src/main/resources/jsonld-contexts/PROVENANCE.md"));
        for (String url : contexts.urls()) {
            assertThat(contexts.loadDocument(URI.create(url), new DocumentLoaderOptions()).getJsonContent()).isPresent();
            assertThat(provenance).as("PROVENANCE.md names %s", url).contains(url);
        }
        assertThat(contexts.urls()).contains("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
                "https://openbadgespec.org/v2/context.json");
    }

    @Test
    void theLoaderRefusesEveryOtherUrl() {
        BundledContexts contexts = new BundledContexts();

        for (String url : List.of("https://www.w3.org/ns/credentials/v3", "http://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "file:///etc/passwd",
                "http://127.0.0.1:9/context.jsonld")) {
            assertThatThrownBy(() -> contexts.loadDocument(URI.create(url), new DocumentLoaderOptions()))
                    .isInstanceOf(JsonLdError.class)
                    .hasMessageContaining("context " + url + " is not bundled");
        }
    }

    @Test
    void verifyingTheWholeCorpusOfflineOpensNoConnection() {
        List<URI> attempts = new CopyOnWriteArrayList<>();
        ProxySelector original = ProxySelector.getDefault();
        // every URL connection, HTTP client and socket asks the default proxy selector where to go first
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            CredentialVerifier verifier = CredentialVerifier.offline(new MutableClock(CorpusVectorsTest.NOW));
            CorpusVectorsTest.vectors().forEach(arguments -> verifier.verify("application/vc+ld+json",
                    Vectors.text((String) arguments.get()[0])));
            String unknownContext = Vectors.text("obv3/1edtech-validator/simple.json")
                    .replace("context-3.0.3.json", "context-3.0.2.json");
            assertThat(verifier.verify("application/vc+ld+json", unknownContext).status())
                    .isEqualTo(VerificationStatus.INVALID);
            assertThat(attempts).isEmpty();

            // the tripwire itself works: a real attempt (to a closed loopback port) is seen
            try {
                URI.create("http://127.0.0.1:9/").toURL().openConnection().connect();
            } catch (IOException expected) {
                // nothing listens there
            }
            assertThat(attempts).containsExactly(URI.create("http://127.0.0.1:9/"));
        } finally {
            ProxySelector.setDefault(original);
        }
    }

    @Test
    void whenAllowedDocumentsAreFetchedOnceAndCachedAndOnlyAsThePolicySays() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] list = Vectors.text("obv3/dcc/statusList-e5WK8CbZ1GjycuPombrj.json").getBytes(StandardCharsets.UTF_8);
        server.createContext("/status/1", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, list.length);
            exchange.getResponseBody().write(list);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[HttpRemoteDocuments.MAX_BYTES + 10]);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            // the test's policy admits the loopback server over http; production admits https only
            HttpRemoteDocuments remote = new HttpRemoteDocuments(uri -> uri.getHost().equals("127.0.0.1"),
                    Duration.ofSeconds(5), Duration.ofMinutes(10), new MutableClock(CorpusVectorsTest.NOW));

            assertThat(remote.fetch(URI.create(base + "/status/1"))).isEqualTo(new RemoteDocuments.Found(new String(list, StandardCharsets.UTF_8)));
            assertThat(remote.fetch(URI.create(base + "/status/1#8"))).isInstanceOf(RemoteDocuments.Found.class);
            assertThat(requests).hasValue(1);
            assertThat(remote.fetch(URI.create(base + "/missing"))).isEqualTo(new RemoteDocuments.NotFetched(base + "/missing answered HTTP 404"));
            assertThat(remote.fetch(URI.create(base + "/huge"))).isInstanceOf(RemoteDocuments.NotFetched.class);
            assertThat(HttpRemoteDocuments.httpsOnly(URI.create(base + "/status/1"))).isFalse();
            assertThat(HttpRemoteDocuments.httpsOnly(URI.create("https://college.example/status/1"))).isTrue();
        } finally {
            server.stop(0);
        }
    }
}
