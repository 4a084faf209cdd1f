package org.losi.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles an edition's rule files with Drools into a knowledge base.
 *
 * <p>Each build gets a release id of its own: builds that share one can mix rules between threads.
 */
public final class EditionCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();

    private EditionCompiler() {}

    /**
     * Compiles the source, or throws {@link EditionException} listing every problem with its file, line, column and
     * rule. Warnings alone do not stop the build.
     */
    public static KieBase compile(EditionSource source) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId =
                kie.newReleaseId("org.losi.editions", artifactOf(source.id()), "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (RuleFile file : source.files()) {
            files.write(RESOURCES + folderOf(file) + file.name(), file.text());
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Problem> errors = problems(source, builder.getResults().getMessages(Message.Level.ERROR));
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new EditionException(source.id(), errors);
        }
        try {
            KieContainer container = kie.newKieContainer(releaseId);
            return container.getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /** Drools wants a file's folder to match its package. */
    private static String folderOf(RuleFile file) {
        Matcher pkg = PACKAGE.matcher(file.text());
        return pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
    }

    private static String artifactOf(String editionId) {
        String cleaned = editionId.replaceAll("[^A-Za-z0-9_.-]", "-");
        return cleaned.isEmpty() ? "edition" : cleaned;
    }

    static List<Problem> problems(EditionSource source, List<Message> messages) {
        List<Problem> problems = new ArrayList<>();
        for (Message message : messages) {
            problems.add(toProblem(source, message));
        }
        if (problems.size() > 1) {
            problems.removeIf(p -> p.message().contains(PlainMessages.NULL_PACKAGE));
        }
        return problems;
    }

    private static Problem toProblem(EditionSource source, Message message) {
        String path = message.getPath();
        String fileName = path == null ? null : path.substring(path.lastIndexOf('/') + 1);
        int line = Math.max(message.getLine(), 0);
        String rule = fileName == null
                ? null
                : source.file(fileName)
                        .flatMap(f -> f.ruleAt(line))
                        .map(RuleFile.Located::name)
                        .orElse(null);
        int column = message.getColumn() > 0 ? message.getColumn() : PlainMessages.column(message.getText());
        return Problem.error(fileName, line, column, rule, PlainMessages.explain(message.getText()));
    }
}
