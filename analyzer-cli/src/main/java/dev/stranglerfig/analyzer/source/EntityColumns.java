package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

/**
 * The table and columns a JPA entity maps, by Spring Boot's default naming. Collections ({@code @OneToMany},
 * {@code @ManyToMany}, {@code @ElementCollection}) and the inverse side of a {@code @OneToOne} live in other tables
 * (join and collection tables are read as {@link OwnedTable}s); embedded values are
 * left out because their columns are declared elsewhere. The draft plans start from these columns.
 */
final class EntityColumns {

	private EntityColumns() {
	}

	static String table(TypeDeclaration<?> type) {
		String name = Annotations.find(type, "Table")
			.flatMap(table -> Annotations.member(table, "name"))
			.flatMap(value -> Annotations.strings(value).stream().findFirst())
			.map(Names::unquoted)
			.orElseGet(() -> Names.snakeCase(entityName(type)));
		return Annotations.find(type, "Table").map(table -> qualified(table, name)).orElse(name);
	}

	/** The entity name JPA derives default names from: {@code @Entity(name)} or the class name. */
	private static String entityName(TypeDeclaration<?> type) {
		return Annotations.find(type, "Entity")
			.flatMap(entity -> Annotations.member(entity, "name"))
			.flatMap(name -> Annotations.strings(name).stream().findFirst())
			.orElseGet(type::getNameAsString);
	}

	/** {@code billing.payment} for {@code schema = "billing"}; the default schema, {@code public}, is left unsaid as SQL does. */
	private static String qualified(AnnotationExpr table, String name) {
		return Annotations.member(table, "schema")
			.flatMap(schema -> Annotations.strings(schema).stream().findFirst())
			.map(Names::unquoted)
			.filter(schema -> !schema.isEmpty() && !schema.equals("public"))
			.map(schema -> schema + "." + name)
			.orElse(name);
	}

	/**
	 * The strategy {@code @Inheritance} names on the type ({@code SINGLE_TABLE} when it names none, as JPA defaults),
	 * or null without {@code @Inheritance}.
	 */
	static String inheritance(TypeDeclaration<?> type) {
		return Annotations.find(type, "Inheritance")
			.map(inheritance -> Annotations.member(inheritance, "strategy")
				.flatMap(strategy -> Annotations.enumNames(strategy).stream().findFirst())
				.orElse(ClassFacts.SINGLE_TABLE))
			.orElse(null);
	}

	/** Join tables of relations and collection tables of element collections (see {@link OwnedTable}). */
	static List<OwnedTable> ownedTables(TypeDeclaration<?> type) {
		List<OwnedTable> tables = new ArrayList<>();
		for (FieldDeclaration field : type.getFields()) {
			Optional<AnnotationExpr> joinTable = Annotations.find(field, "JoinTable");
			boolean owningManyToMany = Annotations.find(field, "ManyToMany")
				.filter(relation -> Annotations.member(relation, "mappedBy").isEmpty()).isPresent();
			for (VariableDeclarator variable : field.getVariables()) {
				if (joinTable.isPresent() || owningManyToMany) {
					tables.add(joinTable(type, joinTable, variable));
				}
			}
			Annotations.find(field, "CollectionTable")
				.filter(table -> Annotations.has(field, "ElementCollection"))
				.flatMap(table -> Annotations.member(table, "name")
					.flatMap(name -> Annotations.strings(name).stream().findFirst())
					.map(name -> qualified(table, Names.unquoted(name))))
				.ifPresent(name -> tables.add(new OwnedTable(name, List.of())));
		}
		return tables;
	}

	/**
	 * JPA's defaults where {@code @JoinTable} is silent: {@code <entity>_<target entity>}, joined by {@code
	 * <entity>_id} and {@code <field>_id} (the target's simple name stands for its entity name, the key for {@code id}).
	 */
	private static OwnedTable joinTable(TypeDeclaration<?> type, Optional<AnnotationExpr> joinTable, VariableDeclarator variable) {
		String entity = Names.snakeCase(entityName(type));
		String name = joinTable.flatMap(table -> Annotations.member(table, "name"))
			.flatMap(value -> Annotations.strings(value).stream().findFirst())
			.map(Names::unquoted)
			.orElseGet(() -> entity + "_" + Names.snakeCase(elementType(variable)));
		List<ColumnFacts> key = new ArrayList<>();
		joinColumns(joinTable, "joinColumns", entity + "_id").forEach(column -> key.add(new ColumnFacts(column, true)));
		joinColumns(joinTable, "inverseJoinColumns", Names.snakeCase(variable.getNameAsString()) + "_id")
			.forEach(column -> key.add(new ColumnFacts(column, true)));
		return new OwnedTable(joinTable.map(table -> qualified(table, name)).orElse(name), key);
	}

	private static List<String> joinColumns(Optional<AnnotationExpr> joinTable, String member, String byDefault) {
		List<String> names = new ArrayList<>();
		joinTable.flatMap(table -> Annotations.member(table, member)).ifPresent(value -> {
			List<Expression> columns = value.isArrayInitializerExpr() ? value.asArrayInitializerExpr().getValues() : List.of(value);
			for (Expression column : columns) {
				if (column.isAnnotationExpr()) {
					Annotations.member(column.asAnnotationExpr(), "name")
						.flatMap(name -> Annotations.strings(name).stream().findFirst())
						.map(Names::unquoted)
						.ifPresent(names::add);
				}
			}
		});
		return names.isEmpty() ? List.of(byDefault) : names;
	}

	/** {@code Role} of {@code Set<Role> roles}: the collection's last type argument (a map's value), else the type. */
	private static String elementType(VariableDeclarator variable) {
		Type type = variable.getType();
		if (type.isClassOrInterfaceType()) {
			ClassOrInterfaceType declared = type.asClassOrInterfaceType();
			Optional<Type> element = declared.getTypeArguments().filter(arguments -> arguments.isNonEmpty())
				.map(arguments -> arguments.get(arguments.size() - 1));
			return element.filter(Type::isClassOrInterfaceType).map(t -> t.asClassOrInterfaceType().getNameAsString())
				.orElse(declared.getNameAsString());
		}
		return type.asString();
	}

	static List<ColumnFacts> of(TypeDeclaration<?> type) {
		List<ColumnFacts> columns = new ArrayList<>();
		for (FieldDeclaration field : type.getFields()) {
			if (field.isStatic() || field.isTransient()
					|| Annotations.has(field, "Transient", "OneToMany", "ManyToMany", "ElementCollection", "Embedded", "EmbeddedId")
					|| Annotations.find(field, "OneToOne").flatMap(o -> Annotations.member(o, "mappedBy")).isPresent()) {
				continue;
			}
			boolean joins = Annotations.has(field, "ManyToOne", "OneToOne");
			boolean id = Annotations.has(field, "Id");
			for (VariableDeclarator variable : field.getVariables()) {
				columns.add(new ColumnFacts(columnName(field, variable, joins), id));
			}
		}
		return columns;
	}

	private static String columnName(FieldDeclaration field, VariableDeclarator variable, boolean joins) {
		String annotation = joins ? "JoinColumn" : "Column";
		return Annotations.find(field, annotation)
			.flatMap((AnnotationExpr column) -> Annotations.member(column, "name"))
			.flatMap(name -> Annotations.strings(name).stream().findFirst())
			.map(Names::unquoted)
			.orElseGet(() -> Names.snakeCase(variable.getNameAsString()) + (joins ? "_id" : ""));
	}

}
