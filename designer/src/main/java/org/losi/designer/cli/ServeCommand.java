package org.losi.designer.cli;

import io.javalin.util.JavalinBindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.losi.designer.web.DesignerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web designer on the bundled rules and samples; it runs until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    Workspace workspace;

    @Option(
            names = "--samples",
            defaultValue = "samples",
            paramLabel = "DIR",
            description = "Folder of assessment samples (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(
            names = {"-p", "--port"},
            defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(workspace.rules)) {
            throw new IllegalArgumentException("no rules folder at " + workspace.rules.toAbsolutePath()
                    + "; run from the repository's root or pass --rules");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is not a port number (0 to 65535)");
        }
        DesignerServer server;
        try {
            server = DesignerServer.start(workspace.rules, samples, host, port);
        } catch (JavalinBindException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with --port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
