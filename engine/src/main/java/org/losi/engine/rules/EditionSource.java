package org.losi.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule files of one edition, read at one moment. The edition's id is its folder's name; the hash covers every
 * rule file's name and bytes, so a result can say exactly which rules produced it.
 */
public record EditionSource(String id, Path folder, List<RuleFile> files, String hash) {

    public EditionSource {
        files = List.copyOf(files);
    }

    /** Reads every {@code .drl} file directly in the folder, in name order. */
    public static EditionSource read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new EditionException(
                    String.valueOf(folder.getFileName()),
                    List.of(Problem.error(null, 0, 0, null, "no edition folder at " + folder)));
        }
        try (Stream<Path> paths = Files.list(folder)) {
            List<RuleFile> files = paths.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(EditionSource::readFile)
                    .toList();
            return of(folder.getFileName().toString(), folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list edition folder " + folder, e);
        }
    }

    /** An edition from texts held in memory, for example an author's draft. */
    public static EditionSource of(String id, Path folder, Map<String, String> textsByFileName) {
        List<RuleFile> files = textsByFileName.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> RuleFile.of(e.getKey(), e.getValue()))
                .toList();
        return of(id, folder, files);
    }

    private static EditionSource of(String id, Path folder, List<RuleFile> files) {
        return new EditionSource(id, folder, files, hash(files));
    }

    private static RuleFile readFile(Path path) {
        try {
            return RuleFile.of(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            String file = path.getFileName().toString();
            throw new EditionException(
                    String.valueOf(path.getParent().getFileName()),
                    List.of(Problem.error(file, 0, 0, null, "the file is not UTF-8 text; save it as UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + path, e);
        }
    }

    private static String hash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public Optional<RuleFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The file and place of a rule, by the rule's name. */
    public Optional<Map.Entry<RuleFile, RuleFile.Located>> locate(String ruleName) {
        for (RuleFile file : files) {
            Optional<RuleFile.Located> rule = file.rule(ruleName);
            if (rule.isPresent()) {
                return Optional.of(Map.entry(file, rule.get()));
            }
        }
        return Optional.empty();
    }
}
