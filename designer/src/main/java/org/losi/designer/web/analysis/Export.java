package org.losi.designer.web.analysis;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.losi.designer.tables.Table;

/**
 * Answers a route as JSON, or its table as a CSV download with {@code ?format=csv}. The format is read before any
 * work is done, so that a bad one is refused at once.
 */
final class Export {
    private enum Format {
        JSON,
        CSV
    }

    private final Context ctx;
    private final Format format;

    private Export(Context ctx, Format format) {
        this.ctx = ctx;
        this.format = format;
    }

    /** @throws org.losi.designer.web.ApiError 400 for a format other than json or csv */
    static Export of(Context ctx) {
        return new Export(ctx, Params.constant(ctx, "format", Format.JSON, Format.class));
    }

    /**
     * @param json the whole answer
     * @param table the rows CSV carries
     * @param name the download's file name without {@code .csv}; characters that a file name cannot safely hold
     *     become dashes
     */
    void send(Object json, Supplier<Table> table, String name) {
        if (format == Format.JSON) {
            ctx.json(json);
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(name) + ".csv\"")
                .contentType("text/csv; charset=utf-8")
                .result(table.get().csv());
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
