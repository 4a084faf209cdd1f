package org.losi.designer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.losi.designer.Main;

/** One run of the command line, in process, with what it printed. */
record Run(int exit, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
