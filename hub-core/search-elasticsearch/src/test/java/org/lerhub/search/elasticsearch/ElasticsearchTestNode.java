package org.lerhub.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * A real single-node Elasticsearch 8.19 cluster inside the test JVM, started once and shared by every test
 * class of the JVM, closed when the JVM ends. Its HTTP transport is the {@code transport-netty4} module that
 * the build copies into {@code <es.test.home>/modules}; the node writes its data under that home too.
 *
 * <p>{@link #main} runs the node in a JVM of its own, for tests whose class path the node's jar-hell check
 * refuses (hub-app's); the build writes that JVM's class path to {@code target/es-test-node.classpath}.
 */
public final class ElasticsearchTestNode {

    private static final String VERSION = "8.19.21";
    private static String uri;

    /** Printed before the node's address on standard output, for the JVM that started this one to find. */
    public static final String URI_LINE = "elasticsearch test node at ";

    private ElasticsearchTestNode() {
    }

    /**
     * Starts the node, prints {@link #URI_LINE} and its address, and serves until its standard input closes
     * (the JVM that started it ended, even when killed) or it is stopped; stopping closes the node.
     */
    public static void main(String[] args) throws IOException {
        System.out.println(URI_LINE + uri());
        while (System.in.read() != -1) {
            // nothing is read from the parent; the end of the stream is the signal
        }
        System.exit(0);
    }

    /** The node's HTTP address, {@code http://127.0.0.1:<port>}; starts the node on first use. */
    public static synchronized String uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    /** A just-started node elects itself master a moment later; until then index changes wait. */
    private static void awaitElectedMaster(String uri) throws IOException, InterruptedException {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(uri + "/_cluster/health?wait_for_status=green&timeout=120s")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200) {
            throw new IllegalStateException("the Elasticsearch test node is not ready: " + health.body());
        }
    }

    private static String start() {
        Path home = Path.of(System.getProperty("es.test.home", "target/es-home")).toAbsolutePath();
        try {
            Files.writeString(home.resolve("modules/transport-netty4/plugin-descriptor.properties"), """
                    description=Netty 4 based transport implementation
                    version=%1$s
                    name=transport-netty4
                    classname=org.elasticsearch.transport.netty4.Netty4Plugin
                    java.version=17
                    elasticsearch.version=%1$s
                    extended.plugins=
                    has.native.controller=false
                    """.formatted(VERSION));
            Files.createDirectories(home.resolve("plugins"));
            Files.createDirectories(home.resolve("config"));
            Path data = Files.createTempDirectory(home, "data-");
            Settings settings = Settings.builder()
                    .put("path.home", home.toString())
                    .put("path.data", data.toString())
                    .put("cluster.name", "ler-test")
                    .put("node.name", "ler-test-node")
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", "0")
                    .put("transport.port", "0")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .put("action.destructive_requires_name", false)
                    .build();
            LogConfigurator.configureWithoutConfig(settings);
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(),
                    home.resolve("config"), () -> "ler-test-node");
            // the 4-argument form: the server runs from the class path, not as a named module
            PluginsLoader plugins = PluginsLoader.createPluginsLoader(
                    PluginsLoader.loadModulesBundles(environment.modulesDir()),
                    PluginsLoader.loadPluginsBundles(environment.pluginsDir()), Map.of(), false);
            Node node = new Node(environment, plugins).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                    node.awaitClose(10, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException e) {
                    // the JVM is ending; nothing is left to clean up but the data folder under target/
                }
            }, "es-test-node-close"));
            TransportAddress address = node.injector().getInstance(HttpServerTransport.class).boundAddress()
                    .publishAddress();
            String uri = "http://127.0.0.1:" + address.getPort();
            awaitElectedMaster(uri);
            return uri;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the test node's home " + home, e);
        } catch (Exception e) {
            throw new IllegalStateException("the Elasticsearch test node did not start", e);
        }
    }
}
