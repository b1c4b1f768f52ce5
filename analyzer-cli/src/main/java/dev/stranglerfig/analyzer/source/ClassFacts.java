package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one top-level type's source says, nested types included (they belong to their top-level class).
 *
 * @param annotations simple names of the type's annotations
 * @param superclass the extended class, or null (mapped superclasses give entities their inherited columns)
 * @param repositoryEntity for an interface extending a Spring Data repository, its first type argument
 * @param entityTable the table of a JPA entity (from {@code @Table}, {@code @Entity(name)} or the class name; for a
 *        subclass in a single-table hierarchy the graph uses its root's instead)
 * @param inheritance the strategy of the type's {@code @Inheritance}, or null without one
 * @param ownedTables the join and collection tables the entity's fields map
 */
public record ClassFacts(String name, String packageName, Path file, int lines, boolean isInterface,
		Set<String> annotations, TypeRef superclass, TypeRef repositoryEntity, String entityTable,
		boolean mappedSuperclass, List<ColumnFacts> columns, String inheritance, List<OwnedTable> ownedTables,
		List<TypeUse> uses, List<MethodFacts> methods, List<SqlUse> sql, List<EndpointFacts> endpoints) {

	/** JPA's default inheritance strategy: a hierarchy's entities share one table. */
	public static final String SINGLE_TABLE = "SINGLE_TABLE";

	public String simpleName() {
		return this.name.substring(this.name.lastIndexOf('.') + 1);
	}

	public boolean isEntity() {
		return this.entityTable != null;
	}

	/** Whether the entity's subclasses share its table (single table, also when it declares no strategy). */
	public boolean sharesTableWithSubclasses() {
		return this.inheritance == null || this.inheritance.equals(SINGLE_TABLE);
	}

}
