package org.losi.designer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

/** Writes to stdout, or to a file that appears whole or not at all. */
final class Output {
    private Output() {}

    /** A temporary file is created readable by its owner only; the output is an ordinary file. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stand
        }
    }

    static void write(Path file, PrintWriter stdout, Consumer<PrintWriter> content) {
        if (file == null) {
            content.accept(stdout);
            stdout.flush();
            return;
        }
        StringWriter buffer = new StringWriter();
        try (PrintWriter out = new PrintWriter(buffer)) {
            content.accept(out);
        }
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.writeString(temporary, buffer.toString(), StandardCharsets.UTF_8);
            readableByAll(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
