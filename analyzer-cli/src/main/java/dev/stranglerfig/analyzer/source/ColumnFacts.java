package dev.stranglerfig.analyzer.source;

/** A column an entity maps (its own fields and those of mapped superclasses), and whether it is the id. */
public record ColumnFacts(String name, boolean id) {

}
