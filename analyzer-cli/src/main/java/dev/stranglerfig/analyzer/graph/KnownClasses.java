package dev.stranglerfig.analyzer.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.TypeRef;

/**
 * Maps a {@link TypeRef} to the project class it means: the first candidate that is a top-level class of the
 * project, or whose outer class is ({@code OrderResponses.OrderResponse} belongs to {@code OrderResponses}).
 * Library types map to nothing. Counts how the project's references were resolved.
 */
final class KnownClasses {

	private final Map<String, ClassFacts> classes = new HashMap<>();

	private int resolved;

	private int degraded;

	KnownClasses(Iterable<ClassFacts> classes) {
		classes.forEach(c -> this.classes.put(c.name(), c));
	}

	Optional<ClassFacts> resolve(TypeRef ref) {
		if (ref == null) {
			return Optional.empty();
		}
		for (String candidate : ref.candidates()) {
			for (String name = candidate; name != null; name = outer(name)) {
				ClassFacts found = this.classes.get(name);
				if (found != null) {
					if (ref.resolved()) {
						this.resolved++;
					}
					else {
						this.degraded++;
					}
					return Optional.of(found);
				}
			}
		}
		return Optional.empty();
	}

	private static String outer(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? null : name.substring(0, dot);
	}

	Optional<ClassFacts> get(String name) {
		return Optional.ofNullable(this.classes.get(name));
	}

	Map<String, ClassFacts> all() {
		return this.classes;
	}

	int resolved() {
		return this.resolved;
	}

	int degraded() {
		return this.degraded;
	}

}
