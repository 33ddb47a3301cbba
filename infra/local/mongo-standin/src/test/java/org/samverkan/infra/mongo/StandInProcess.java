package org.samverkan.infra.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The stand-in as the local stack runs it: its own JVM on this test's classpath, on an H2 file. */
final class StandInProcess implements AutoCloseable {
    private final Process process;
    final int port;

    private StandInProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StandInProcess start(Path file, int port, Durability durability) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MongoStandIn.class.getName(), "--file", file.toString(), "--port", Integer.toString(port),
                "--durability", durability.name().toLowerCase()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> listening = CompletableFuture.runAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains("mongo-standin listening")) {
                        Thread.ofVirtual().start(() -> drain(out));
                        return;
                    }
                }
                throw new IllegalStateException("stand-in exited before listening");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        listening.get(60, TimeUnit.SECONDS);
        return new StandInProcess(process, port);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the stand-in's log is not this test's business
            }
        } catch (IOException killed) {
            // the process is gone
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port + "/?directConnection=true&serverSelectionTimeoutMS=5000";
    }

    /** SIGKILL on Linux: no shutdown hook runs, the H2 store is not closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
