package org.losi.designer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.losi.engine.regression.Suite;
import picocli.CommandLine.Option;

/** The option shared by the commands that read regression suites: where the folder of suites is. */
public final class Suites {
    @Option(
            names = "--suites",
            paramLabel = "DIR",
            defaultValue = "samples/suites",
            description = "Folder of regression suites, one sub-folder each (default: ${DEFAULT-VALUE}).")
    Path folder;

    List<Suite> all() {
        return Suite.all(folder);
    }

    Suite named(String name) {
        Path suite = folder.resolve(name);
        if (!Files.isRegularFile(suite.resolve(Suite.CASES))) {
            throw new IllegalArgumentException(
                    "no suite \"" + name + "\" in " + folder.toAbsolutePath() + "; suites there: "
                            + String.join(", ", all().stream().map(Suite::name).toList()));
        }
        return Suite.open(suite);
    }
}
