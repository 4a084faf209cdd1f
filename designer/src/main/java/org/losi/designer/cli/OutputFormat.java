package org.losi.designer.cli;

/** How a command writes its result. */
public enum OutputFormat {
    table,
    csv,
    json
}
