package org.losi.engine.methodology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.RuleFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editions of one rules folder, each a sub-folder holding {@code .drl} files. Compiled editions are kept while
 * their rule files are unchanged, so the catalogue can be asked again and again; a change on disk is seen at the next
 * call.
 */
public final class EditionCatalog {
    private static final Pattern ITEM_CODE = Pattern.compile("@code\\(\\s*\"([^\"]+)\"\\s*\\)");

    private final Path rules;
    private static final int REMEMBERED = 64;
    private static final Logger LOG = LoggerFactory.getLogger(EditionCatalog.class);

    private final Map<String, Edition> compiled = new ConcurrentHashMap<>();
    private final Map<String, EditionException> failed = new ConcurrentHashMap<>();
    private final Map<String, Edition> byHash = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Edition> eldest) {
            return size() > REMEMBERED;
        }
    });

    public EditionCatalog(Path rules) {
        this.rules = rules.toAbsolutePath().normalize();
    }

    public Path rules() {
        return rules;
    }

    /** The ids of the editions in the folder, in name order. */
    public List<String> ids() {
        if (!Files.isDirectory(rules)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(rules)) {
            return folders.filter(Files::isDirectory)
                    .filter(EditionCatalog::holdsRules)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rules, e);
        }
    }

    private static boolean holdsRules(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f));
        } catch (IOException e) {
            return false;
        }
    }

    public Path folder(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "\"" + id + "\" is not an edition id; use letters, digits, '.', '_', '-'");
        }
        return rules.resolve(id);
    }

    /**
     * The compiled edition, built again only if its rule files changed.
     *
     * @throws org.losi.engine.rules.EditionException if it does not compile or its declarations are unusable
     */
    public Edition get(String id) {
        EditionSource source = EditionSource.read(folder(id));
        Edition cached = compiled.get(id);
        if (cached != null && cached.hash().equals(source.hash())) {
            return cached;
        }
        EditionException known = failed.get(source.hash());
        if (known != null) {
            throw known;
        }
        Edition edition;
        try {
            edition = EditionLoader.load(source);
        } catch (EditionException e) {
            failed.put(source.hash(), e);
            throw e;
        }
        compiled.put(id, edition);
        byHash.put(edition.hash(), edition);
        return edition;
    }

    /**
     * Keeps an edition compiled elsewhere from the very files now on disk, so that the next {@link #get} needs no
     * build: an editor that compiled an edit before writing it hands it over.
     */
    public void adopt(Edition edition) {
        compiled.put(edition.id(), edition);
        byHash.put(edition.hash(), edition);
    }

    /**
     * An edition as it was when this catalogue last compiled it with the given hash, if it still remembers it: what
     * an author had opened before someone else saved.
     */
    public Optional<Edition> remembered(String hash) {
        return Optional.ofNullable(hash == null ? null : byHash.get(hash));
    }

    /**
     * Every item code some edition of the folder declares, read from the rule text so that an edition that does not
     * compile still lends its codes. Input naming any other code is a mistake.
     */
    public Set<String> knownItems() {
        Set<String> codes = new HashSet<>();
        for (String id : ids()) {
            try {
                for (RuleFile file : EditionSource.read(folder(id)).files()) {
                    Matcher code = ITEM_CODE.matcher(file.text());
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            } catch (UncheckedIOException | EditionException e) {
                LOG.warn("edition {} cannot be read; its item codes are not known: {}", id, e.getMessage());
            }
        }
        return codes;
    }
}
