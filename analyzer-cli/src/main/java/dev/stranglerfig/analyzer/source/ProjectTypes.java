package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The project-wide type index: the qualified name of every top-level type, known before anything is parsed from
 * where its file sits ({@code <root>/dev/acme/orders/Order.java} declares {@code dev.acme.orders.Order}, as
 * javac expects). With it most names resolve from the imports alone; the symbol solver is left the ambiguous rest.
 */
final class ProjectTypes {

	private final Set<String> names = new HashSet<>();

	ProjectTypes(List<Path> roots, List<Path> files) {
		for (Path file : files) {
			for (Path root : roots) {
				if (file.startsWith(root)) {
					String relative = root.relativize(file).toString();
					this.names.add(relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), "."));
				}
			}
		}
	}

	/** Whether a name is a project type or nested in one ({@code OrderResponses.OrderResponse}). */
	boolean contains(String name) {
		for (String n = name; n != null; n = (n.lastIndexOf('.') < 0) ? null : n.substring(0, n.lastIndexOf('.'))) {
			if (this.names.contains(n)) {
				return true;
			}
		}
		return false;
	}

}
