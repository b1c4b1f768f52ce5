package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;

/**
 * Resolves the types a file names with the symbol solver, falling back to the imports (a degraded edge) when
 * the solver cannot: the monolith's libraries are not on the analyzer's class path, so e.g. a call to a Spring
 * Data method inherited from {@code JpaRepository} resolves only as far as the repository interface.
 */
final class TypeResolver {

	private final NameCandidates names;

	// Per file: the same type is named many times, and a failed resolution costs an exception each time.
	private final Map<String, Optional<TypeRef>> byWrittenName = new HashMap<>();

	TypeResolver(CompilationUnit unit) {
		this.names = new NameCandidates(unit);
	}

	/** Every class or interface a declared type names, type arguments included ({@code List<OrderLine>}). */
	List<TypeRef> refs(Type type) {
		List<TypeRef> refs = new ArrayList<>();
		for (ClassOrInterfaceType named : type.findAll(ClassOrInterfaceType.class)) {
			boolean isScopeOfAnother = named.getParentNode()
				.filter(parent -> parent instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == named)
				.isPresent();
			if (!isScopeOfAnother) {
				ref(named).ifPresent(refs::add);
			}
		}
		return refs;
	}

	Optional<TypeRef> ref(ClassOrInterfaceType type) {
		return this.byWrittenName.computeIfAbsent(type.getNameWithScope(), written -> {
			try {
				ResolvedType resolved = type.resolve();
				return resolved.isReferenceType() ? Optional.of(TypeRef.resolved(resolved.asReferenceType().getQualifiedName()))
						: Optional.empty();
			}
			catch (RuntimeException ex) {
				return Optional.of(TypeRef.byName(this.names.of(written)));
			}
		});
	}

	/** The type of an expression a method is called on: solver first, then declarations seen in the source. */
	Optional<TypeRef> typeOf(Expression expression) {
		try {
			ResolvedType resolved = expression.calculateResolvedType();
			if (resolved.isReferenceType()) {
				return Optional.of(TypeRef.resolved(resolved.asReferenceType().getQualifiedName()));
			}
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			return declaredTypeOf(expression);
		}
	}

	private Optional<TypeRef> declaredTypeOf(Expression expression) {
		String name;
		if (expression instanceof NameExpr n) {
			name = n.getNameAsString();
		}
		else if (expression instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
			name = f.getNameAsString();
		}
		else {
			return Optional.empty();
		}
		Optional<Type> declared = declaration(expression, name);
		if (declared.isPresent()) {
			return declared.get().isClassOrInterfaceType() ? ref(declared.get().asClassOrInterfaceType()) : Optional.empty();
		}
		// Not a variable: a type name, as in a static call (OrderResponse.of(order)).
		return Character.isUpperCase(name.charAt(0)) ? Optional.of(TypeRef.byName(this.names.of(name))) : Optional.empty();
	}

	/** The declared type of a local, parameter or field visible from a node, searched outwards. */
	private static Optional<Type> declaration(Node from, String name) {
		for (Node node = from; node != null; node = node.getParentNode().orElse(null)) {
			if (node instanceof CallableDeclaration<?> callable) {
				for (VariableDeclarationExpr local : callable.findAll(VariableDeclarationExpr.class)) {
					for (VariableDeclarator variable : local.getVariables()) {
						if (variable.getNameAsString().equals(name)) {
							return Optional.of(variable.getType());
						}
					}
				}
				var parameter = callable.getParameterByName(name);
				if (parameter.isPresent()) {
					return Optional.of(parameter.get().getType());
				}
			}
			if (node instanceof LambdaExpr lambda) {
				var parameter = lambda.getParameters().stream().filter(p -> p.getNameAsString().equals(name)).findFirst();
				if (parameter.isPresent() && !parameter.get().getType().isUnknownType()) {
					return Optional.of(parameter.get().getType());
				}
			}
			if (node instanceof TypeDeclaration<?> type) {
				for (FieldDeclaration field : type.getFields()) {
					for (VariableDeclarator variable : field.getVariables()) {
						if (variable.getNameAsString().equals(name)) {
							return Optional.of(variable.getType());
						}
					}
				}
			}
		}
		return Optional.empty();
	}

}
