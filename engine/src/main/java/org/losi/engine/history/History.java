package org.losi.engine.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git history of files under a folder: commit some of them, list the commits that touched one.
 *
 * <p>Opening a folder that no repository encloses creates one there, so a suite copied out of the repository still
 * keeps a history of its approvals. Close it when done.
 */
public final class History implements AutoCloseable {
    private final Git git;
    private final Path root;

    private History(Git git) {
        this.git = git;
        this.root = realPath(git.getRepository().getWorkTree().toPath());
    }

    /** The repository enclosing the folder, or a new one initialised at the folder when none does. */
    public static History open(Path folder) {
        Path start = realPath(folder);
        try {
            FileRepositoryBuilder found = new FileRepositoryBuilder().findGitDir(start.toFile());
            if (found.getGitDir() == null) {
                return new History(Git.init().setDirectory(start.toFile()).call());
            }
            Repository repository = found.setMustExist(true).build();
            return new History(new Git(repository, true));
        } catch (IOException | GitAPIException e) {
            throw new HistoryException("cannot open the history of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The top folder of the repository's working tree. */
    public Path root() {
        return root;
    }

    /**
     * Commits the given files and nothing else, even if other changes are staged.
     *
     * @param email may be empty
     * @return the new commit
     */
    public Revision commit(List<Path> paths, String author, String email, String message) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name at least one file to commit");
        }
        try {
            CommitCommand commit = git.commit();
            for (Path path : paths) {
                String relative = relative(path);
                if (Files.exists(path)) {
                    git.add().addFilepattern(relative).call();
                } else {
                    git.rm().setCached(true).addFilepattern(relative).call();
                }
                commit.setOnly(relative);
            }
            String mail = Objects.requireNonNullElse(email, "");
            RevCommit made = commit.setAuthor(author, mail)
                    .setCommitter(author, mail)
                    .setMessage(message)
                    .setSign(false)
                    .call();
            return Revision.of(made);
        } catch (GitAPIException e) {
            throw new HistoryException("cannot commit " + paths + " in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The commits that changed the file, newest first; empty before the first commit. */
    public List<Revision> log(Path path) {
        List<Revision> revisions = new ArrayList<>();
        try {
            for (RevCommit commit : git.log().addPath(relative(path)).call()) {
                revisions.add(Revision.of(commit));
            }
        } catch (NoHeadException e) {
            return List.of();
        } catch (GitAPIException e) {
            throw new HistoryException("cannot read the history of " + path + ": " + e.getMessage(), e);
        }
        return revisions;
    }

    /**
     * The text of every file directly in the folder as it was at a revision, by file name.
     *
     * @param revision a commit id, or anything git resolves, such as {@code HEAD~2}
     * @throws HistoryException if the revision is unknown
     */
    public Map<String, String> filesAt(String revision, Path folder) {
        String prefix = relative(folder);
        Map<String, String> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId id = resolve(revision);
            if (id == null) {
                throw new HistoryException("no revision \"" + revision + "\" in " + root, null);
            }
            RevCommit commit = walk.parseCommit(id);
            try (TreeWalk tree = TreeWalk.forPath(git.getRepository(), prefix, commit.getTree())) {
                if (tree == null) {
                    return files;
                }
                try (TreeWalk children = new TreeWalk(git.getRepository())) {
                    children.addTree(tree.getObjectId(0));
                    children.setRecursive(false);
                    while (children.next()) {
                        if (!children.isSubtree()) {
                            byte[] bytes = git.getRepository()
                                    .open(children.getObjectId(0))
                                    .getBytes();
                            files.put(children.getNameString(), new String(bytes, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new HistoryException("cannot read " + folder + " at " + revision + ": " + e.getMessage(), e);
        }
    }

    private ObjectId resolve(String revision) throws IOException {
        try {
            return git.getRepository().resolve(revision);
        } catch (RevisionSyntaxException e) {
            throw new HistoryException("\"" + revision + "\" is not a revision: give a commit id", e);
        }
    }

    /** The path as git names it: relative to the working tree, with forward slashes. */
    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path real = Files.exists(absolute)
                ? realPath(absolute)
                : realPath(absolute.getParent()).resolve(absolute.getFileName());
        if (!real.startsWith(root)) {
            throw new IllegalArgumentException(path + " is outside the repository at " + root);
        }
        return root.relativize(real).toString().replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new HistoryException("no folder " + path, e);
        }
    }

    @Override
    public void close() {
        git.close();
    }

    /** One commit: its id, who made it and when, and its message. */
    public record Revision(String id, String author, String email, Instant time, String message) {
        static Revision of(RevCommit commit) {
            return new Revision(
                    commit.getName(),
                    commit.getAuthorIdent().getName(),
                    commit.getAuthorIdent().getEmailAddress(),
                    commit.getAuthorIdent().getWhenAsInstant(),
                    commit.getFullMessage());
        }
    }
}
