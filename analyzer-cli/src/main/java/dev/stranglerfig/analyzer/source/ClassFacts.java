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
 * @param entityTable the table of a JPA entity (from {@code @Table}, {@code @Entity(name)} or the class name)
 */
public record ClassFacts(String name, String packageName, Path file, int lines, boolean isInterface,
		Set<String> annotations, TypeRef superclass, TypeRef repositoryEntity, String entityTable,
		boolean mappedSuperclass, List<ColumnFacts> columns, List<TypeUse> uses, List<MethodFacts> methods,
		List<SqlUse> sql, List<EndpointFacts> endpoints) {

	public String simpleName() {
		return this.name.substring(this.name.lastIndexOf('.') + 1);
	}

	public boolean isEntity() {
		return this.entityTable != null;
	}

}
