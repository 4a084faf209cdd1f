package org.losi.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small editions under {@code src/test/resources/editions}. */
public final class Editions {
    private Editions() {}

    public static Path folder(String name) {
        try {
            return Path.of(Editions.class.getResource("/editions/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test edition " + name, e);
        }
    }
}
