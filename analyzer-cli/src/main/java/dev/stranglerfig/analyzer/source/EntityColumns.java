package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;

/**
 * The table and columns a JPA entity maps, by Spring Boot's default naming. Collections ({@code @OneToMany},
 * {@code @ManyToMany}) and the inverse side of a {@code @OneToOne} live in other tables; embedded values are
 * left out because their columns are declared elsewhere. The draft plans start from these columns.
 */
final class EntityColumns {

	private EntityColumns() {
	}

	static String table(TypeDeclaration<?> type) {
		return Annotations.find(type, "Table")
			.flatMap(table -> Annotations.member(table, "name"))
			.flatMap(name -> Annotations.strings(name).stream().findFirst())
			.or(() -> Annotations.find(type, "Entity")
				.flatMap(entity -> Annotations.member(entity, "name"))
				.flatMap(name -> Annotations.strings(name).stream().findFirst())
				.map(Names::snakeCase))
			.map(Names::unquoted)
			.orElseGet(() -> Names.snakeCase(type.getNameAsString()));
	}

	static List<ColumnFacts> of(TypeDeclaration<?> type) {
		List<ColumnFacts> columns = new ArrayList<>();
		for (FieldDeclaration field : type.getFields()) {
			if (field.isStatic() || field.isTransient()
					|| Annotations.has(field, "Transient", "OneToMany", "ManyToMany", "Embedded", "EmbeddedId")
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
