package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.losi.engine.regression.CaseResult;
import org.losi.engine.regression.SuiteRun;

/**
 * Regression runs as JUnit XML, which CI servers show: one testsuite per suite and edition, one testcase per case,
 * and for a failing case the diff as the failure's text.
 */
final class JUnitReport {
    private JUnitReport() {}

    static void write(List<SuiteRun> runs, PrintWriter out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeCharacters("\n");
            for (SuiteRun run : runs) {
                suite(run, xml);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
    }

    private static void suite(SuiteRun run, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", run.suite() + " under " + run.edition());
        xml.writeAttribute("tests", String.valueOf(run.cases().size()));
        xml.writeAttribute("failures", String.valueOf(run.failures().size()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
        for (CaseResult result : run.cases()) {
            testCase(run, result, xml);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void testCase(SuiteRun run, CaseResult result, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", run.suite() + "." + run.edition());
        xml.writeAttribute("name", result.city());
        if (!result.passed()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", result.differences().get(0).toString());
            xml.writeAttribute("type", "regression");
            xml.writeCharacters(result.diff());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
