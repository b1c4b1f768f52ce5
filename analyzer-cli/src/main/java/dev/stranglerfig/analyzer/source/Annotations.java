package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

/**
 * Reads annotations by simple name, whether the source writes {@code @Table} or {@code @jakarta.persistence.Table}:
 * the analyzer has neither Spring nor JPA on its class path, so it matches names, not types.
 */
final class Annotations {

	private Annotations() {
	}

	static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
		return node.getAnnotations().stream().filter(a -> a.getName().getIdentifier().equals(simpleName)).findFirst();
	}

	static boolean has(NodeWithAnnotations<?> node, String... simpleNames) {
		for (String name : simpleNames) {
			if (find(node, name).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** The member's value ({@code value} also answers a single-member annotation), or empty. */
	static Optional<Expression> member(AnnotationExpr annotation, String name) {
		if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
			return Optional.of(single.getMemberValue());
		}
		if (annotation instanceof NormalAnnotationExpr normal) {
			return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).map(p -> p.getValue()).findFirst();
		}
		return Optional.empty();
	}

	/**
	 * The strings an annotation value holds: literals, arrays of them, concatenations, and constants of the same
	 * file. A constant from another file cannot be read without running code; it yields nothing.
	 */
	static List<String> strings(Expression value) {
		List<String> strings = new ArrayList<>();
		if (value.isArrayInitializerExpr()) {
			for (Expression element : ((ArrayInitializerExpr) value).getValues()) {
				strings.addAll(strings(element));
			}
		}
		else {
			constant(value).ifPresent(strings::add);
		}
		return strings;
	}

	/** The string an expression spells: a literal, a concatenation of such, or a constant of the same file. */
	static Optional<String> constant(Expression value) {
		if (value.isStringLiteralExpr()) {
			return Optional.of(value.asStringLiteralExpr().getValue());
		}
		if (value.isTextBlockLiteralExpr()) {
			return Optional.of(value.asTextBlockLiteralExpr().getValue());
		}
		if (value instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
			Optional<String> left = constant(binary.getLeft());
			Optional<String> right = constant(binary.getRight());
			return (left.isPresent() && right.isPresent()) ? Optional.of(left.get() + right.get()) : Optional.empty();
		}
		String name = (value instanceof NameExpr n) ? n.getNameAsString()
				: (value instanceof FieldAccessExpr f) ? f.getNameAsString() : null;
		if (name == null) {
			return Optional.empty();
		}
		return value.findCompilationUnit()
			.flatMap(unit -> sameFileConstant(unit, name))
			.flatMap(Annotations::constant);
	}

	private static Optional<Expression> sameFileConstant(CompilationUnit unit, String name) {
		return unit.findAll(VariableDeclarator.class)
			.stream()
			.filter(v -> v.getNameAsString().equals(name))
			.findFirst()
			.flatMap(VariableDeclarator::getInitializer);
	}

	/** Enum constants named in a value, e.g. {@code method = {RequestMethod.GET, RequestMethod.HEAD}}. */
	static List<String> enumNames(Expression value) {
		List<String> names = new ArrayList<>();
		if (value.isArrayInitializerExpr()) {
			for (Expression element : value.asArrayInitializerExpr().getValues()) {
				names.addAll(enumNames(element));
			}
		}
		else if (value instanceof FieldAccessExpr field) {
			names.add(field.getNameAsString());
		}
		else if (value instanceof NameExpr n) {
			names.add(n.getNameAsString());
		}
		return names;
	}

}
