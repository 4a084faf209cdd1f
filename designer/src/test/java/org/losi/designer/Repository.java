package org.losi.designer;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in, whose rules/ and samples/ are the real inputs. */
public final class Repository {
    private Repository() {}

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("rules"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no rules/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Path samples() {
        return root().resolve("samples");
    }
}
