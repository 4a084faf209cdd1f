package org.losi.designer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.losi.engine.authoring.EditionEditor;
import org.losi.engine.authoring.SaveListener;
import org.losi.engine.history.EditionHistory;
import org.losi.engine.methodology.EditionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web designer: the pages and the JSON API over one rules folder and one samples folder, both read at every
 * request so that an edit on disk shows at the next one. Authors edit editions through it; every edit is compiled
 * before it is written, and an edit that fails is kept as a draft.
 *
 * <pre>{@code
 * try (DesignerServer server = DesignerServer.start(Path.of("rules"), Path.of("samples"), "127.0.0.1", 7070)) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class DesignerServer implements AutoCloseable {
    /** Only this machine can reach the designer unless asked otherwise: it reads and will write rule files. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static final int DEFAULT_PORT = 7070;

    private static final Logger LOG = LoggerFactory.getLogger(DesignerServer.class);

    private final Javalin app;
    private final String host;

    private DesignerServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts the designer and returns once it listens; each save is logged by a {@link LoggingSaveListener}.
     *
     * @param rules the folder of editions, one sub-folder each
     * @param samples the folder searched, recursively, for assessment files; it may be missing
     * @param host the address to listen on; null for {@link #DEFAULT_HOST}
     * @param port the port, or 0 for any free one
     * @throws io.javalin.util.JavalinBindException when the address cannot be listened on, for example a port in use
     */
    public static DesignerServer start(Path rules, Path samples, String host, int port) {
        return start(rules, samples, host, port, null);
    }

    /**
     * Starts the designer with a listener told of every saved edit, for example to record it in history.
     *
     * @param saves called once per saved edit and per fork, after the files are written; null commits each save to
     *     the git repository that holds the rules folder (one is created there if none does) and logs it
     * @see #start(Path, Path, String, int)
     */
    public static DesignerServer start(Path rules, Path samples, String host, int port, SaveListener saves) {
        String listenOn = host == null || host.isBlank() ? DEFAULT_HOST : host;
        EditionCatalog catalog = new EditionCatalog(rules);
        SampleFolder sampleFolder = new SampleFolder(samples);
        EditionHistory history = new EditionHistory(catalog);
        SaveListener listener = saves != null ? saves : recordAndLog(history, new LoggingSaveListener());
        EditionEditor editor = new EditionEditor(catalog, listener);
        Javalin app = Javalin.create(config -> configure(config, catalog, sampleFolder, editor, history));
        app.start(listenOn, port);
        DesignerServer server = new DesignerServer(app, listenOn);
        logStart(catalog, sampleFolder, server.url());
        return server;
    }

    private static SaveListener recordAndLog(SaveListener history, SaveListener log) {
        return (edition, files, author, message) -> {
            history.saved(edition, files, author, message);
            log.saved(edition, files, author, message);
        };
    }

    private static void configure(
            JavalinConfig config,
            EditionCatalog catalog,
            SampleFolder samples,
            EditionEditor editor,
            EditionHistory history) {
        ObjectMapper json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        config.jsonMapper(new JavalinJackson(json, false));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        serveStaticFiles(config);
        Errors errors = new Errors(json);
        errors.register(config.routes);
        config.router.javaLangErrorHandler(errors::javaLangError);
        config.routes.before(
                ctx -> ctx.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer"));

        Editions editions = new Editions(catalog);
        Scores scores = new Scores(editions, samples);
        new EditionsApi(editions).register(config.routes);
        new SamplesApi(samples).register(config.routes);
        new ScoresApi(scores).register(config.routes);
        Authoring authoring = new Authoring(editions, scores, samples, editor);
        registerAuthoring(config, authoring, new JsonBodies(json));
        new HistoryApi(authoring, history, new JsonBodies(json)).register(config.routes);
        new Pages().register(config.routes);
        new org.losi.designer.web.review.ReviewApi(editions, samples, new JsonBodies(json)).register(config.routes);
        new org.losi.designer.web.analysis.AnalysisApi(scores::score).register(config.routes);
    }

    private static void registerAuthoring(JavalinConfig config, Authoring authoring, JsonBodies bodies) {
        new ItemsApi(authoring, bodies).register(config.routes);
        new DeclarationsApi(authoring, bodies).register(config.routes);
        new RuleFilesApi(authoring, bodies).register(config.routes);
        new ForkApi(authoring, bodies).register(config.routes);
    }

    /** The pages' scripts and style under {@code /assets}, and the bundled webjars under {@code /webjars}. */
    private static void serveStaticFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/web/assets";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    private static void logStart(EditionCatalog catalog, SampleFolder samples, String url) {
        List<String> editions = catalog.ids();
        LOG.info("editions in {}: {}", catalog.rules(), editions.isEmpty() ? "none" : String.join(", ", editions));
        if (Files.isDirectory(samples.root())) {
            LOG.info(
                    "samples in {}: {} assessment file(s)",
                    samples.root(),
                    samples.list().size());
        } else {
            LOG.info("samples: no folder at {}; the scores page will have nothing to score", samples.root());
        }
        LOG.info("LOSI designer ready: open {}", url);
    }

    /** The port listened on, the free one chosen when started with port 0. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser, for example {@code http://127.0.0.1:7070/}. */
    public String url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        if (shown.contains(":") && !shown.startsWith("[")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
