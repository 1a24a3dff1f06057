package org.lerhub.app;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real Elasticsearch 8.19 node in a JVM of its own: hub-core/search-elasticsearch's {@code ElasticsearchTestNode}
 * run from that module's test class path, which its build writes to {@code target/es-test-node.classpath}. The
 * node cannot run in this JVM: its jar-hell check refuses hub-app's class path. The node ends when {@link #close}
 * is called, when this JVM ends (a shutdown hook), and when this JVM is killed (the node's standard input closes).
 */
final class ElasticsearchNodeProcess implements AutoCloseable {

    /** What {@code ElasticsearchTestNode.main} prints before the address (that class is not on this class path). */
    private static final String URI_LINE = "elasticsearch test node at ";

    private final Process process;
    private final Thread stopOnExit;
    private final String uri;

    private ElasticsearchNodeProcess(Process process, Thread stopOnExit, String uri) {
        this.process = process;
        this.stopOnExit = stopOnExit;
        this.uri = uri;
    }

    /** Starts the node, its output going to {@code log}, and waits until it answers. */
    static ElasticsearchNodeProcess start(Path log) throws IOException {
        Path module = Path.of(System.getProperty("ler.test.es.module", "../hub-core/search-elasticsearch")).toAbsolutePath();
        Path target = module.resolve("target");
        Path classpathFile = target.resolve("es-test-node.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build hub-core/search-elasticsearch with hub-app"
                    + " (./mvnw -pl hub-app -am …)");
        }
        String classpath = String.join(File.pathSeparator, target.resolve("test-classes").toString(),
                target.resolve("classes").toString(), Files.readString(classpathFile).strip());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-Dio.netty.noUnsafe=true",
                "-Des.test.home=" + target.resolve("es-home"), "-cp", classpath,
                "org.lerhub.search.elasticsearch.ElasticsearchTestNode"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Thread stopOnExit = new Thread(() -> stop(process), "es-node-process-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        AtomicReference<String> uri = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Elasticsearch node exited; see its log " + log);
                }
                Files.readAllLines(log).stream().filter(line -> line.startsWith(URI_LINE)).findFirst()
                        .ifPresent(line -> uri.set(line.substring(URI_LINE.length()).strip()));
                return uri.get() != null;
            });
        } catch (RuntimeException e) {
            stop(process);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            throw e;
        }
        return new ElasticsearchNodeProcess(process, stopOnExit, uri.get());
    }

    /** {@code http://127.0.0.1:<port>} */
    String uri() {
        return uri;
    }

    @Override
    public void close() {
        stop(process);
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    /** SIGTERM lets the node close itself; one that does not within 30 s is killed. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
