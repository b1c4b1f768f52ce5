package dev.stranglerfig.analyzer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.stranglerfig.analyzer.source.ClassFacts;

/** Minimal class facts for graph-level tests, where only the name and package matter. */
public final class TestClasses {

	private TestClasses() {
	}

	public static ClassFacts named(String qualifiedName) {
		String packageName = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
		return new ClassFacts(qualifiedName, packageName, Path.of(qualifiedName + ".java"), 1, false, Set.of(), null, null,
				null, false, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
