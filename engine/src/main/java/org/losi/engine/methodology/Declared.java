package org.losi.engine.methodology;

/** Where a declaration stands: the rule and its file and line in the edition folder. */
public record Declared(String rule, String file, int line) {}
