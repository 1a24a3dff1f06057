package org.lerhub.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A hub in a process of its own, started from the test's class path, so that a test can kill it with SIGKILL. */
final class HubProcess {

    private HubProcess() {
    }

    /**
     * Starts the hub on {@code port} with {@code data} as its data directory and waits until it is healthy; its
     * output goes to a log file in {@code data}. Without demo learners unless {@code arguments} set
     * {@code --ler.demo.learners}.
     */
    static Process start(int port, Path data, String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LerHubApplication.class.getName(),
                "--server.port=" + port, "--ler.data-dir=" + data));
        command.addAll(List.of(arguments));
        if (command.stream().noneMatch(argument -> argument.startsWith("--ler.demo.learners="))) {
            command.add("--ler.demo.learners=0");
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("hub-" + System.nanoTime() + ".log").toFile())
                .start();
        HubClient client = new HubClient(port);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the hub exited; see its log in " + data);
                    }
                    return client.get(null, "/actuator/health").status() == 200;
                });
        return process;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
