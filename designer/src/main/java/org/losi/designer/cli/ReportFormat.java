package org.losi.designer.cli;

/** How a checking command (lint, regress) writes what it found. */
public enum ReportFormat {
    table,
    json
}
