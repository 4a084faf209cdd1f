package org.losi.designer.cli;

import java.util.concurrent.Callable;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.EditionEditor;
import org.losi.engine.methodology.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "fork",
        mixinStandardHelpOptions = true,
        description = "Copy an edition into a new one with status beta that records which edition it was based on,"
                + " as the designer's Fork button does.")
public final class ForkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Option(names = "--from", required = true, paramLabel = "EDITION", description = "The edition to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID", description = "The new edition's id (its folder name).")
    String to;

    @Option(names = "--title", description = "The new edition's title (default: its id).")
    String title;

    @Option(names = "--author", defaultValue = "anonymous author", description = "Who forks, for history.")
    String author;

    @Override
    public Integer call() {
        EditionEditor editor = new EditionEditor(workspace.catalog(), (edition, files, by, message) -> {});
        Edition beta = editor.fork(from, to, title, new Author(author, null));
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: forked from %s as %s, %d items in %d criteria, in %s%n",
                        beta.id(),
                        beta.basedOn(),
                        beta.status(),
                        beta.items().size(),
                        beta.criteria().size(),
                        beta.folder());
        return ExitCodes.OK;
    }
}
