package org.losi.designer.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that scores assessments and writes a report shares: its inputs, format and file. */
public final class ReportOptions {
    @Option(
            names = {"-f", "--format"},
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}); JSON carries everything the table shows"
                    + " and more.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file instead of stdout; it appears whole or not at all.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "ASSESSMENTS", description = "Assessment files; several are merged.")
    List<Path> inputs;
}
