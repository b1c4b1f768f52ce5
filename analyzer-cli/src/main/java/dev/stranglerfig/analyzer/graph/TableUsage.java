package dev.stranglerfig.analyzer.graph;

import java.util.Map;
import java.util.TreeMap;

/**
 * A table, the entity mapping it (null when only SQL names it) and which classes read or write it. The entity
 * class itself "maps" the table; it counts as a writer, since whoever owns the mapping owns the data.
 */
public final class TableUsage {

	private final String name;

	private String entity;

	private final Map<String, Access> accesses = new TreeMap<>();

	public TableUsage(String name) {
		this.name = name;
	}

	public void mappedBy(String entityClass) {
		this.entity = entityClass;
		access(entityClass, true);
	}

	public void access(String className, boolean write) {
		this.accesses.merge(className, write ? Access.WRITE : Access.READ, Access::max);
	}

	public String name() {
		return this.name;
	}

	public String entity() {
		return this.entity;
	}

	/** Class name -> how it uses the table. */
	public Map<String, Access> accesses() {
		return this.accesses;
	}

	/** How a class uses a table; a writer reads too. */
	public enum Access {
		READ, WRITE;

		static Access max(Access a, Access b) {
			return (a == WRITE || b == WRITE) ? WRITE : READ;
		}
	}

}
