package org.losi.designer.web;

import java.nio.file.Path;
import java.util.List;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.SaveListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The designer's listener when no other is given: each save is one line of the log, and nothing more. */
public final class LoggingSaveListener implements SaveListener {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSaveListener.class);

    @Override
    public void saved(String edition, List<Path> files, Author author, String message) {
        LOG.info(
                "edition {} saved by {} <{}>: {} ({})",
                edition,
                author.name(),
                author.email(),
                message,
                files.stream().map(f -> String.valueOf(f.getFileName())).toList());
    }
}
