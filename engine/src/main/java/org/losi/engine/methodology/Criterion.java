package org.losi.engine.methodology;

/** A group of items whose share is reported beside the value, declared by a rule's metadata. */
public record Criterion(String code, String name, double weight, String osi, Declared declared) {}
