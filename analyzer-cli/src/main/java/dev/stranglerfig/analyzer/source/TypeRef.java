package dev.stranglerfig.analyzer.source;

import java.util.List;

/**
 * A reference to a type as the source names it: the qualified names it may stand for, best first. A resolved
 * reference has exactly one (the project type index or the symbol solver found it); otherwise the candidates
 * come from the imports and the file's package (a degraded edge), and the graph keeps the first candidate that
 * is a class of the project.
 */
public record TypeRef(List<String> candidates, boolean resolved) {

	static TypeRef resolved(String qualifiedName) {
		return new TypeRef(List.of(qualifiedName), true);
	}

	static TypeRef byName(List<String> candidates) {
		return new TypeRef(List.copyOf(candidates), false);
	}

}
