package org.losi.engine.authoring;

import java.nio.file.Path;
import java.util.List;

/** Told of every saved edit, for example to record it in history. */
@FunctionalInterface
public interface SaveListener {
    void saved(String edition, List<Path> files, Author author, String message);
}
