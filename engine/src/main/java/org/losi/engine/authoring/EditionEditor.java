package org.losi.engine.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.losi.engine.lint.Lint;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.methodology.Item;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.RuleFile;
import org.losi.engine.scoring.City;

/**
 * Every change an author makes to an edition goes through here. An edit is compiled in memory first; only an edit
 * that compiles and can score replaces the edition's files, each written whole. An edit that fails, or that was based
 * on an older state of the edition than the saved one, is kept as a draft so nothing is lost. Final editions are
 * read-only.
 */
public final class EditionEditor {
    static final String DRAFTS = ".drafts";
    private static final DateTimeFormatter DRAFT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private final EditionCatalog catalog;
    private final SaveListener listener;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public EditionEditor(EditionCatalog catalog, SaveListener listener, Clock clock) {
        this.catalog = catalog;
        this.listener = listener;
        this.clock = clock;
    }

    public EditionEditor(EditionCatalog catalog, SaveListener listener) {
        this(catalog, listener, Clock.systemUTC());
    }

    /** The item as the form shows it, or empty when its rule is more than the form can represent. */
    public Optional<ItemForm> form(Edition edition, String code) {
        Item item = edition.item(code)
                .orElseThrow(() ->
                        new IllegalArgumentException("edition " + edition.id() + " has no item \"" + code + "\""));
        return ruleText(edition.source(), item.declared().rule())
                .flatMap(text -> ItemDrl.parse(item, text, item.declared().file()));
    }

    /** Adds an item, or replaces the item {@code originalCode} (which may differ from the form's code). */
    public SaveResult saveItem(String editionId, String baseHash, String originalCode, ItemForm form, Author author) {
        return edit(
                editionId,
                baseHash,
                author,
                "item " + form.code() + (originalCode == null ? " added" : " edited"),
                (edition, texts) -> {
                    String ruleName = originalCode == null ? null : ItemDrl.ruleName(originalCode);
                    Optional<Item> existing = originalCode == null ? Optional.empty() : edition.item(originalCode);
                    String previous = existing.flatMap(
                                    i -> ruleText(edition.source(), i.declared().rule()))
                            .orElse("");
                    String rule =
                            ItemDrl.render(form, ItemDrl.otherMetadata(previous), ItemDrl.conditionComments(previous));
                    if (existing.isPresent()) {
                        ruleName = existing.get().declared().rule();
                        replaceRule(texts, existing.get().declared().file(), ruleName, rule);
                    } else {
                        if (edition.item(form.code()).isPresent()) {
                            throw new FormException(
                                    "code", "edition " + editionId + " already has item " + form.code());
                        }
                        append(texts, fileFor(edition, form), rule);
                    }
                },
                false);
    }

    public SaveResult removeItem(String editionId, String baseHash, String code, Author author) {
        return edit(
                editionId,
                baseHash,
                author,
                "item " + code + " removed",
                (edition, texts) -> {
                    Item item = edition.item(code)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "edition " + editionId + " has no item \"" + code + "\""));
                    replaceRule(texts, item.declared().file(), item.declared().rule(), "");
                },
                false);
    }

    /** Adds a criterion or renames and reweights one. */
    public SaveResult saveCriterion(
            String editionId, String baseHash, String code, String name, double weight, Author author) {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new FormException(
                    "code", "\"" + code + "\" is not a criterion code; use letters, digits, '_' or '-'");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new FormException("weight", "\"" + weight + "\" is not a weight; use a number of 0 or more");
        }
        return edit(editionId, baseHash, author, "criterion " + code + " saved", (edition, texts) -> {
            String rule = Declarations.criterionRule(code, name == null || name.isBlank() ? code : name.trim(), weight);
            Optional<Criterion> existing = edition.criterion(code);
            if (existing.isPresent()) {
                replaceRule(
                        texts,
                        existing.get().declared().file(),
                        existing.get().declared().rule(),
                        rule);
            } else {
                append(texts, declarationFile(edition), rule);
            }
        });
    }

    public SaveResult saveAggregation(String editionId, String baseHash, Aggregation aggregation, Author author) {
        return edit(
                editionId,
                baseHash,
                author,
                "aggregation set to " + aggregation.word(),
                (edition, texts) -> updateDeclaration(
                        edition,
                        texts,
                        rule -> Declarations.setMetadata(rule, "aggregation", ItemDrl.quote(aggregation.word()))));
    }

    /**
     * Sets a band's cut-offs and the side of each that belongs to it; adds the band if the level is new. A cut-off a
     * band shares with its neighbour moves for both, and the neighbour takes the other side of it, so that moving a
     * cut-off leaves no gap and no overlap.
     */
    public SaveResult saveBand(
            String editionId,
            String baseHash,
            String level,
            double lower,
            boolean lowerInclusive,
            double upper,
            boolean upperInclusive,
            Author author) {
        if (level == null || level.isBlank() || !(lower <= upper)) {
            throw new FormException("band", "a band needs a level name and a lower cut-off not above its upper one");
        }
        String name = level.trim();
        return edit(editionId, baseHash, author, "band " + name + " saved", (edition, texts) -> {
            Optional<Band> existing =
                    edition.bands().stream().filter(b -> b.level().equals(name)).findFirst();
            if (existing.isEmpty()) {
                append(
                        texts,
                        declarationFile(edition),
                        Declarations.bandRule(name, lower, lowerInclusive, upper, upperInclusive));
                return;
            }
            Band was = existing.get();
            for (Band other : edition.bands()) {
                if (other == was) {
                    continue;
                }
                if (other.upper() == was.lower() && other.upperInclusive() != was.lowerInclusive()) {
                    writeBand(texts, other, other.lower(), other.lowerInclusive(), lower, !lowerInclusive);
                } else if (other.lower() == was.upper() && other.lowerInclusive() != was.upperInclusive()) {
                    writeBand(texts, other, upper, !upperInclusive, other.upper(), other.upperInclusive());
                }
            }
            writeBand(texts, was, lower, lowerInclusive, upper, upperInclusive);
        });
    }

    private static void writeBand(
            Map<String, String> texts,
            Band band,
            double lower,
            boolean lowerInclusive,
            double upper,
            boolean upperInclusive) {
        replaceRule(
                texts,
                band.declared().file(),
                band.declared().rule(),
                Declarations.bandRule(band.level(), lower, lowerInclusive, upper, upperInclusive));
    }

    /** Replaces a whole rule file with the author's text, as the DRL editor saves it. */
    public SaveResult saveFile(String editionId, String baseHash, String fileName, String text, Author author) {
        requireFileName(fileName);
        return editOrRepair(editionId, baseHash, author, fileName + " edited", texts -> texts.put(fileName, text));
    }

    /**
     * Puts back an edition's rule files as they were at an earlier revision: files the revision did not have are
     * removed. The restored edition must compile, like any other edit.
     */
    public SaveResult restore(
            String editionId, String baseHash, Map<String, String> files, String revision, Author author) {
        files.keySet().forEach(EditionEditor::requireFileName);
        return editOrRepair(editionId, baseHash, author, "restored revision " + revision, texts -> {
            texts.clear();
            texts.putAll(files);
        });
    }

    /** Compiles an edition with one file replaced, without writing anything: the editor's live check. */
    public List<Problem> validate(String editionId, String fileName, String text) {
        requireFileName(fileName);
        Map<String, String> texts = texts(EditionSource.read(catalog.folder(editionId)));
        texts.put(fileName, text);
        try {
            EditionLoader.load(EditionSource.of(editionId, catalog.folder(editionId), texts));
            return List.of();
        } catch (EditionException e) {
            return e.problems();
        }
    }

    /** A new edition copied from another, with status beta and the edition it was based on recorded. */
    public Edition fork(String fromId, String newId, String title, Author author) {
        Path target = catalog.folder(newId);
        if (Files.exists(target)) {
            throw new FormException("id", "an edition \"" + newId + "\" exists already");
        }
        Edition from = catalog.get(fromId);
        Map<String, String> texts = texts(from.source());
        String declarationFile = declarationFile(from);
        String declarationRule = declarationRule(from.source())
                .orElseThrow(() -> new IllegalStateException("edition " + fromId + " has no edition declaration rule"));
        String rule = ruleText(from.source(), declarationRule).orElseThrow();
        String updated = Declarations.setMetadata(rule, "status", ItemDrl.quote("beta"));
        updated = Declarations.setMetadata(updated, "basedOn", ItemDrl.quote(fromId));
        updated = Declarations.setMetadata(
                updated, "title", ItemDrl.quote(title == null || title.isBlank() ? newId : title));
        texts.put(declarationFile, texts.get(declarationFile).replace(rule, updated));
        EditionLoader.load(EditionSource.of(newId, target, texts));
        writeFolder(target, texts);
        List<Path> written = texts.keySet().stream().map(target::resolve).toList();
        listener.saved(newId, written, author, "edition " + newId + " forked from " + fromId);
        return catalog.get(newId);
    }

    /** The drafts kept for an edition, newest first. */
    public List<String> drafts(String editionId) {
        Path drafts = catalog.folder(editionId).resolve(DRAFTS);
        if (!Files.isDirectory(drafts)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(drafts)) {
            return list.map(p -> p.getFileName().toString())
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a draft, by name. */
    public Map<String, String> draft(String editionId, String draft) {
        if (!draft.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("\"" + draft + "\" is not a draft name");
        }
        Path folder = catalog.folder(editionId).resolve(DRAFTS).resolve(draft);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("edition " + editionId + " has no draft \"" + draft + "\"");
        }
        return texts(EditionSource.read(folder));
    }

    @FunctionalInterface
    private interface Change {
        void apply(Edition edition, Map<String, String> texts);
    }

    private SaveResult edit(String editionId, String baseHash, Author author, String message, Change change) {
        return edit(editionId, baseHash, author, message, change, true);
    }

    /** The errors lint finds in an edit: band gaps and overlaps, unstated sides, weights, rules that never fire. */
    private static List<Problem> lintErrors(EditionSource source) {
        return Lint.check(source).findings().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .toList();
    }

    /**
     * @param lint whether to lint the edit too; item forms are checked field by field and skip it, which keeps their
     *     round trip short
     */
    private SaveResult edit(
            String editionId, String baseHash, Author author, String message, Change change, boolean lint) {
        synchronized (locks.computeIfAbsent(editionId, k -> new Object())) {
            Edition current = catalog.get(editionId);
            if (current.isFinal()) {
                throw new ReadOnlyException(editionId);
            }
            Map<String, String> texts = texts(current.source());
            change.apply(current, texts);
            Edition proposed;
            try {
                proposed = EditionLoader.load(EditionSource.of(editionId, current.folder(), texts));
            } catch (EditionException e) {
                String draft = keepDraft(current, texts, author);
                refuseIfStale(current, baseHash, draft, null);
                return new SaveResult(false, editionId, current.hash(), draft, e.problems(), List.of());
            }
            if (isStale(current, baseHash)) {
                refuseIfStale(current, baseHash, keepDraft(current, texts, author), proposed);
            }
            List<Problem> refused = new ArrayList<>(Probes.check(proposed));
            if (lint) {
                refused.addAll(lintErrors(proposed.source()));
            }
            if (!refused.isEmpty()) {
                String draft = keepDraft(current, texts, author);
                return new SaveResult(false, editionId, current.hash(), draft, refused, List.of());
            }
            List<Path> written = writeChanged(current.source(), texts);
            catalog.adopt(proposed);
            if (!written.isEmpty()) {
                listener.saved(editionId, written, author, message);
            }
            Edition saved = catalog.get(editionId);
            return new SaveResult(true, editionId, saved.hash(), null, List.of(), EditionDiff.between(current, saved));
        }
    }

    /**
     * An edit of whole rule files, which may also repair an edition whose files on disk do not compile: the repair is
     * compiled, probed and linted like any edit before it is written. A final edition stays read-only, broken or not.
     */
    private SaveResult editOrRepair(
            String editionId, String baseHash, Author author, String message, Consumer<Map<String, String>> change) {
        try {
            catalog.get(editionId);
        } catch (EditionException broken) {
            return repair(editionId, baseHash, author, message, change);
        }
        return edit(editionId, baseHash, author, message, (edition, texts) -> change.accept(texts));
    }

    private SaveResult repair(
            String editionId, String baseHash, Author author, String message, Consumer<Map<String, String>> change) {
        synchronized (locks.computeIfAbsent(editionId, k -> new Object())) {
            EditionSource current = EditionSource.read(catalog.folder(editionId));
            Map<String, String> texts = texts(current);
            change.accept(texts);
            if (baseHash != null && !baseHash.equals(current.hash())) {
                throw new ConflictException(
                        editionId, current.hash(), keepDraft(current, texts, author), List.of(), List.of());
            }
            Edition proposed;
            try {
                proposed = EditionLoader.load(EditionSource.of(editionId, current.folder(), texts));
            } catch (EditionException e) {
                return new SaveResult(
                        false, editionId, current.hash(), keepDraft(current, texts, author), e.problems(), List.of());
            }
            if (proposed.isFinal()) {
                throw new ReadOnlyException(editionId);
            }
            List<Problem> refused = new ArrayList<>(Probes.check(proposed));
            refused.addAll(lintErrors(proposed.source()));
            if (!refused.isEmpty()) {
                return new SaveResult(
                        false, editionId, current.hash(), keepDraft(current, texts, author), refused, List.of());
            }
            List<Path> written = writeChanged(current, texts);
            catalog.adopt(proposed);
            listener.saved(editionId, written, author, message + " (repairs an edition that did not compile)");
            return new SaveResult(true, editionId, proposed.hash(), null, List.of(), List.of());
        }
    }

    private static boolean isStale(Edition current, String baseHash) {
        return baseHash != null && !baseHash.equals(current.hash());
    }

    /** Someone saved since the author opened the edition: the edit is kept as a draft and refused. */
    private void refuseIfStale(Edition current, String baseHash, String draft, Edition proposed) {
        if (!isStale(current, baseHash)) {
            return;
        }
        List<EditionDiff.Change> theirs = catalog.remembered(baseHash)
                .map(base -> EditionDiff.between(base, current))
                .orElse(List.of());
        List<EditionDiff.Change> yours = proposed == null ? List.of() : EditionDiff.between(current, proposed);
        throw new ConflictException(current.id(), current.hash(), draft, theirs, yours);
    }

    private List<Path> writeChanged(EditionSource current, Map<String, String> texts) {
        List<Path> written = new ArrayList<>();
        for (RuleFile file : current.files()) {
            if (!texts.containsKey(file.name())) {
                Path path = current.folder().resolve(file.name());
                delete(path);
                written.add(path);
            }
        }
        for (Map.Entry<String, String> file : texts.entrySet()) {
            String before = current.file(file.getKey()).map(RuleFile::text).orElse(null);
            if (!file.getValue().equals(before)) {
                Path path = current.folder().resolve(file.getKey());
                writeAtomically(path, file.getValue());
                written.add(path);
            }
        }
        return written;
    }

    private String keepDraft(Edition current, Map<String, String> texts, Author author) {
        return keepDraft(current.source(), texts, author);
    }

    private String keepDraft(EditionSource current, Map<String, String> texts, Author author) {
        String base = DRAFT_TIME.format(clock.instant()) + "-" + author.name().replaceAll("[^A-Za-z0-9]+", "-");
        Path drafts = current.folder().resolve(DRAFTS);
        String name = base;
        for (int n = 2; Files.exists(drafts.resolve(name)); n++) {
            name = base + "-" + n;
        }
        writeFolder(drafts.resolve(name), texts);
        return name;
    }

    private static void writeFolder(Path folder, Map<String, String> texts) {
        try {
            Path partial = Files.createTempDirectory(
                    folder.getParent() == null ? Path.of(".") : createParent(folder), ".part-");
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Files.writeString(partial.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path createParent(Path folder) throws IOException {
        return Files.createDirectories(folder.getParent());
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path path, String text) {
        try {
            Path temporary = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> texts(EditionSource source) {
        Map<String, String> texts = new LinkedHashMap<>();
        source.files().forEach(f -> texts.put(f.name(), f.text()));
        return texts;
    }

    private static Optional<String> ruleText(EditionSource source, String ruleName) {
        return source.locate(ruleName).map(at -> at.getKey().textOf(at.getValue()));
    }

    private static void replaceRule(Map<String, String> texts, String file, String ruleName, String replacement) {
        RuleFile ruleFile = RuleFile.of(file, texts.get(file));
        RuleFile.Located rule = ruleFile.rule(ruleName)
                .orElseThrow(() -> new IllegalStateException("rule \"" + ruleName + "\" is not in " + file));
        String[] lines = ruleFile.text().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == rule.line() - 1) {
                out.append(replacement);
            } else if (i < rule.line() - 1 || i >= rule.endLine()) {
                out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        texts.put(file, out.toString().replaceAll("\n{3,}", "\n\n"));
    }

    private static void append(Map<String, String> texts, String file, String rule) {
        String before = texts.containsKey(file) ? texts.get(file) : newFileHeader(texts);
        String separator = before.isEmpty() || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
        texts.put(file, before + separator + rule);
    }

    /** A new rule file declares the package the edition's other files declare, and imports the fact rules match. */
    private static String newFileHeader(Map<String, String> texts) {
        String pkg = texts.values().stream()
                .map(text -> PACKAGE.matcher(text))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse("losi.edition");
        return "package " + pkg + ";\n\nimport " + City.class.getName() + ";\n\n";
    }

    /** A new item goes beside the other items of its criterion, or into a file of its criterion's own. */
    private static String fileFor(Edition edition, ItemForm form) {
        if (form.file() != null && !form.file().isBlank()) {
            requireFileName(form.file());
            return form.file();
        }
        return edition.items().stream()
                .filter(i -> i.criterion().equals(form.criterion()))
                .map(i -> i.declared().file())
                .reduce((first, last) -> last)
                .orElse("items-"
                        + form.criterion().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".drl");
    }

    private static String declarationFile(Edition edition) {
        return declarationRule(edition.source())
                .flatMap(rule -> edition.source().locate(rule))
                .map(at -> at.getKey().name())
                .orElse("edition.drl");
    }

    private static Optional<String> declarationRule(EditionSource source) {
        for (RuleFile file : source.files()) {
            for (RuleFile.Located rule : file.rules()) {
                String text = file.textOf(rule);
                if (text.contains("@aggregation(") || text.contains("@title(")) {
                    return Optional.of(rule.name());
                }
            }
        }
        return Optional.empty();
    }

    private static void updateDeclaration(Edition edition, Map<String, String> texts, UnaryOperator<String> update) {
        String ruleName = declarationRule(edition.source())
                .orElseThrow(() ->
                        new IllegalStateException("edition " + edition.id() + " has no edition declaration rule"));
        String file = declarationFile(edition);
        String rule = ruleText(edition.source(), ruleName).orElseThrow();
        texts.put(file, texts.get(file).replace(rule, update.apply(rule)));
    }

    private static void requireFileName(String fileName) {
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl")) {
            throw new FormException(
                    "file",
                    "\"" + fileName
                            + "\" is not a rule file name; use letters, digits, '.', '_', '-' and end with .drl");
        }
    }
}
