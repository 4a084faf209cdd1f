package org.losi.designer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.Coverage;
import org.losi.engine.regression.Regression;
import org.losi.engine.regression.Suite;
import org.losi.engine.regression.SuiteRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "regress",
        mixinStandardHelpOptions = true,
        description = "Run regression suites: score each suite's cases under every edition it has expectations for"
                + " (or those named) and compare value, level, rank, criterion shares and item outcomes with"
                + " expected/<edition>.json. Prints pass or fail per case and a diff per failing case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every case passed",
            "1:a case failed",
            "2:bad input or usage: an unknown suite or edition, an unreadable file, an edition that does not compile"
        })
public final class RegressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Mixin
    Suites suites;

    @Option(
            names = {"-e", "--edition"},
            paramLabel = "ID",
            description = "Only these editions (default: every edition a suite has expectations for).")
    List<String> editions = List.of();

    @Option(
            names = {"-s", "--suite"},
            paramLabel = "NAME",
            description = "Only these suites (default: all).")
    List<String> names = List.of();

    @Option(
            names = "--junit",
            paramLabel = "FILE",
            description = "Also write JUnit XML: one testsuite per suite and edition, one testcase per case.")
    Path junit;

    @Option(
            names = {"-f", "--format"},
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--coverage", description = "Also list the items no case meets, misses or answers.")
    boolean coverage;

    @Override
    public Integer call() {
        List<SuiteRun> runs = new ArrayList<>();
        Map<SuiteRun, Coverage> coverages = new HashMap<>();
        Map<String, Edition> loaded = new HashMap<>();
        for (Suite suite : selectedSuites()) {
            for (String id : editionsOf(suite)) {
                Edition edition = loaded.computeIfAbsent(id, workspace::edition);
                SuiteRun run = Regression.run(suite, edition);
                runs.add(run);
                if (coverage) {
                    coverages.put(run, Coverage.of(run, edition));
                }
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to run: no suite in " + suites.folder.toAbsolutePath()
                    + " has expectations" + (editions.isEmpty() ? "" : " for " + String.join(", ", editions)));
        }
        PrintWriter out = spec.commandLine().getOut();
        RegressWriter writer = new RegressWriter(runs, coverages);
        if (format == ReportFormat.json) {
            writer.json(out);
        } else {
            writer.table(out);
        }
        out.flush();
        if (junit != null) {
            Output.write(junit, out, xml -> JUnitReport.write(runs, xml));
        }
        return runs.stream().allMatch(SuiteRun::passed) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private List<Suite> selectedSuites() {
        if (names.isEmpty()) {
            return suites.all();
        }
        return names.stream().map(suites::named).toList();
    }

    /** The editions to run a suite under: those it has expectations for, or those named; named suites get all. */
    private List<String> editionsOf(Suite suite) {
        if (editions.isEmpty()) {
            return suite.editions();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : editions) {
            if (suite.editions().contains(id) || !names.isEmpty()) {
                chosen.add(id);
            }
        }
        return List.copyOf(chosen);
    }
}
