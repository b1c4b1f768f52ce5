package dev.stranglerfig.analyzer.source;

import java.util.List;

/**
 * A method (constructors and initialisers are {@code <init>}) with the calls it makes. Overloads share one
 * name: the use cases built on it over-approximate slightly, which is harmless for grouping classes.
 */
public record MethodFacts(String name, boolean transactional, boolean modifying, boolean voidResult,
		List<CallSite> calls) {

}
