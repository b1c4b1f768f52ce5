package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.ast.Node;

/**
 * The nodes of the kinds the extractor reads, collected in one walk of a subtree, in source order. Asking the
 * tree for each kind in turn ({@code findAll}) walked every class a dozen times and was most of the extraction.
 */
final class TypeNodes {

	private final Map<Class<? extends Node>, List<Node>> byKind = new LinkedHashMap<>();

	@SafeVarargs
	TypeNodes(Node root, Class<? extends Node>... kinds) {
		for (Class<? extends Node> kind : kinds) {
			this.byKind.put(kind, new ArrayList<>());
		}
		root.walk(node -> {
			for (Map.Entry<Class<? extends Node>, List<Node>> entry : this.byKind.entrySet()) {
				if (entry.getKey().isInstance(node)) {
					entry.getValue().add(node);
				}
			}
		});
	}

	/** The nodes of a kind given to the constructor. */
	<T extends Node> List<T> all(Class<T> kind) {
		List<Node> nodes = this.byKind.get(kind);
		if (nodes == null) {
			throw new IllegalArgumentException(kind.getSimpleName() + " was not collected");
		}
		return nodes.stream().map(kind::cast).toList();
	}

}
