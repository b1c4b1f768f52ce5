package dev.stranglerfig.analyzer.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.ColumnFacts;
import dev.stranglerfig.analyzer.source.OwnedTable;

/**
 * The tables entities map as the database has them: the subclasses of a single-table hierarchy (JPA's default
 * strategy) live in their root entity's table, whatever their own name would give.
 */
final class EntityTables {

	private final KnownClasses known;

	EntityTables(KnownClasses known) {
		this.known = known;
	}

	/** The table the entity's rows are in. */
	String of(ClassFacts entity) {
		return root(entity).entityTable();
	}

	/** The entity itself, or for a subclass in a single-table hierarchy its root entity. */
	ClassFacts root(ClassFacts entity) {
		ClassFacts root = entity;
		Set<String> seen = new HashSet<>();
		for (Optional<ClassFacts> type = this.known.resolve(entity.superclass()); type.isPresent() && seen.add(type.get().name());
				type = this.known.resolve(type.get().superclass())) {
			if (type.get().isEntity()) {
				root = type.get();
			}
		}
		return root.sharesTableWithSubclasses() ? root : entity;
	}

	/**
	 * Table -> the columns entities map in it: each entity's mapped superclasses' first (the id usually lives there),
	 * then its own; a single-table hierarchy's subclasses add theirs to the root's table; then join tables.
	 */
	Map<String, List<ColumnFacts>> columns(List<ClassFacts> entities) {
		Map<String, Map<String, ColumnFacts>> byTable = new TreeMap<>();
		for (ClassFacts entity : entities) {
			List<ColumnFacts> all = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Optional<ClassFacts> type = Optional.of(entity); type.isPresent() && seen.add(type.get().name());
					type = this.known.resolve(type.get().superclass())) {
				all.addAll(0, type.get().columns());
			}
			Map<String, ColumnFacts> columns = byTable.computeIfAbsent(of(entity), table -> new LinkedHashMap<>());
			all.forEach(column -> columns.putIfAbsent(column.name(), column));
		}
		for (ClassFacts entity : entities) {
			for (OwnedTable owned : entity.ownedTables()) {
				Map<String, ColumnFacts> columns = byTable.computeIfAbsent(owned.name(), table -> new LinkedHashMap<>());
				owned.columns().forEach(column -> columns.putIfAbsent(column.name(), column));
			}
		}
		Map<String, List<ColumnFacts>> columns = new TreeMap<>();
		byTable.forEach((table, byName) -> columns.put(table, List.copyOf(byName.values())));
		return columns;
	}

}
