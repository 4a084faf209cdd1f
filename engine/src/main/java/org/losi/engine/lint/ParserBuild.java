package org.losi.engine.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.io.ResourceFactory;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.RuleFile;

/**
 * One build of an edition's rule files with one DRL parser: the metadata of every rule it produced, and its errors
 * by file and line.
 *
 * <p>The parser is chosen through the builder's language level, per build: Drools' system property would switch it
 * for every build in the JVM, and is read only once anyway.
 */
final class ParserBuild {
    private final LanguageLevelOption level;
    private final Map<String, Map<String, Object>> metadata = new HashMap<>();
    private final List<Error> errors = new ArrayList<>();

    /** A build error: the file it names, its first line (0 when unknown) and its text. */
    record Error(String file, int line, String message) {}

    private ParserBuild(LanguageLevelOption level) {
        this.level = level;
    }

    /** The classic parser, Drools' default today. */
    static ParserBuild classic(EditionSource source) {
        return of(source, LanguageLevelOption.DRL6);
    }

    /** The ANTLR4-based parser that Drools 10 moves to. */
    static ParserBuild antlr4(EditionSource source) {
        return of(source, LanguageLevelOption.DRL10);
    }

    static ParserBuild of(EditionSource source, LanguageLevelOption level) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(level);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : source.files()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        ParserBuild build = new ParserBuild(level);
        build.read(builder);
        return build;
    }

    /** Rules that fail to compile stay in the packages, so the builder's own packages are read, not the result's. */
    private void read(KnowledgeBuilder builder) {
        for (InternalKnowledgePackage pkg : ((KnowledgeBuilderImpl) builder).getPackages()) {
            for (Rule rule : pkg.getRules()) {
                metadata.putIfAbsent(rule.getName(), Map.copyOf(rule.getMetaData()));
            }
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            Resource resource = result.getResource();
            int[] lines = result.getLines();
            errors.add(new Error(
                    resource == null ? null : resource.getSourcePath(),
                    lines == null || lines.length == 0 ? 0 : lines[0],
                    result.getMessage().replaceAll("\\s+", " ").trim()));
        }
    }

    /** {@code DRL6} or {@code DRL10}, as Drools names the language levels. */
    String parser() {
        return level.name();
    }

    boolean built(String rule) {
        return metadata.containsKey(rule);
    }

    Map<String, Object> metadataOf(String rule) {
        return metadata.get(rule);
    }

    /** The errors whose line falls inside the rule's text. */
    List<Error> errorsIn(RuleFile file, RuleFile.Located rule) {
        return errors.stream()
                .filter(e -> file.name().equals(e.file()))
                .filter(e -> e.line() >= rule.line() && e.line() <= rule.endLine())
                .toList();
    }
}
