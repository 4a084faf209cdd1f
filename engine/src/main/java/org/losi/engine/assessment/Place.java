package org.losi.engine.assessment;

/** Where something stands in an input file: 1-based line and column, 0 when unknown. */
record Place(long line, long column) {

    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "");
    }
}
