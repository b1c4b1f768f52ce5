package dev.stranglerfig.analyzer.waves;

import java.util.List;

/**
 * One wave of the extraction: groups of contexts that can be cut out once the earlier waves are out. A group of
 * more than one context is a dependency cycle, to be extracted together (or its cycle broken first); its
 * contexts are listed least coupled first.
 */
public record Wave(int number, List<Group> groups) {

	/** Contexts extracted together, with what makes them hard: ties to other contexts and shared tables. */
	public record Group(List<String> contexts, double coupling, int sharedTables) {

	}

}
