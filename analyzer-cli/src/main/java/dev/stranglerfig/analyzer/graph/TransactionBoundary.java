package dev.stranglerfig.analyzer.graph;

import java.util.Set;

/** A {@code @Transactional} method and the classes its transaction reaches through calls. */
public record TransactionBoundary(String className, String method, Set<String> classes) {

}
