package dev.stranglerfig.analyzer.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.javaparser.ast.Node;

/**
 * The nodes of the kinds the extractor reads, collected in one walk of a subtree, in source order. Asking the
 * tree for each kind in turn ({@code findAll}) walked every class a dozen times and was most of the extraction.
 * The walk is this class's own: javaparser's pre-order iterator keeps its path in a {@code java.util.Stack}, whose
 * synchronised, copying operations were a third of the extraction.
 */
final class TypeNodes {

	private final Map<Class<? extends Node>, List<Node>> byKind = new LinkedHashMap<>();

	@SafeVarargs
	TypeNodes(Node root, Class<? extends Node>... kinds) {
		for (Class<? extends Node> kind : kinds) {
			this.byKind.put(kind, new ArrayList<>());
		}
		preOrder(root, node -> {
			for (Map.Entry<Class<? extends Node>, List<Node>> entry : this.byKind.entrySet()) {
				if (entry.getKey().isInstance(node)) {
					entry.getValue().add(node);
				}
			}
		});
	}

	/** The nodes of one kind in a subtree, the root included, in source order. */
	static <T extends Node> List<T> of(Node root, Class<T> kind) {
		List<T> nodes = new ArrayList<>();
		preOrder(root, node -> {
			if (kind.isInstance(node)) {
				nodes.add(kind.cast(node));
			}
		});
		return nodes;
	}

	private static void preOrder(Node root, Consumer<Node> action) {
		Deque<Node> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			Node node = pending.pop();
			action.accept(node);
			List<Node> children = node.getChildNodes();
			for (int i = children.size() - 1; i >= 0; i--) {
				pending.push(children.get(i));
			}
		}
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
