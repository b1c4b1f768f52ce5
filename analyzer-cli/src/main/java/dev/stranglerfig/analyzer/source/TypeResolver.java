package dev.stranglerfig.analyzer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;

/**
 * Resolves the types a file names. A name resolves by the file's imports and package against the project-wide
 * type index; the symbol solver is asked only when that is ambiguous (two wildcard imports holding a project
 * type of that name). A call's receiver is typed by the declaration of the variable or field it names, or as the
 * type of a static call or {@code new}; the receiver of a call chain ({@code order.getCustomer().getName()}) is
 * left untyped. Resolving every call with the solver made a run ~6 times slower and found little more: the
 * monolith's libraries are not on the analyzer's class path, so a call such as {@code orders.findById(id)}
 * resolves only as far as the receiver's type either way. A name not in the index keeps the candidates the
 * imports allow (a degraded edge when the graph finds a project class among them).
 */
final class TypeResolver {

	private final NameCandidates names;

	private final ProjectTypes projectTypes;

	// Per file: the same type is named many times, and a failed solver resolution costs an exception each time.
	private final Map<String, Optional<TypeRef>> byWrittenName = new HashMap<>();

	// Per method and per type: the declared type of each local, parameter or field, so a lookup is not a search.
	private final Map<Node, Map<String, Type>> declarations = new IdentityHashMap<>();

	TypeResolver(CompilationUnit unit, ProjectTypes projectTypes) {
		this.names = new NameCandidates(unit);
		this.projectTypes = projectTypes;
	}

	/** Every class or interface a declared type names, type arguments included ({@code List<OrderLine>}). */
	List<TypeRef> refs(Type type) {
		List<TypeRef> refs = new ArrayList<>();
		for (ClassOrInterfaceType named : TypeNodes.of(type, ClassOrInterfaceType.class)) {
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
			List<String> candidates = this.names.of(written);
			List<String> inProject = candidates.stream().filter(this.projectTypes::contains).toList();
			if (inProject.size() == 1) {
				return Optional.of(TypeRef.resolved(inProject.get(0)));
			}
			if (inProject.isEmpty()) {
				// A library type (or a project file not where its package says): the graph ignores what it cannot find.
				return Optional.of(TypeRef.byName(candidates));
			}
			try {
				ResolvedType resolved = type.resolve();
				return resolved.isReferenceType() ? Optional.of(TypeRef.resolved(resolved.asReferenceType().getQualifiedName()))
						: Optional.empty();
			}
			catch (RuntimeException ex) {
				return Optional.of(TypeRef.byName(inProject));
			}
		});
	}

	/** The type of an expression a method is called on, from the declarations seen in the source. */
	Optional<TypeRef> typeOf(Expression expression) {
		String name;
		if (expression instanceof NameExpr n) {
			name = n.getNameAsString();
		}
		else if (expression instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
			name = f.getNameAsString();
		}
		else if (expression instanceof ObjectCreationExpr creation) {
			return ref(creation.getType());
		}
		else {
			// A call chain or a cast: asking the solver here made the whole run ~6 times slower (each attempt on a
			// library type ends in an exception) and on legacy-monolith added 27 of 1,400 references.
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
	private Optional<Type> declaration(Node from, String name) {
		for (Node node = from; node != null; node = node.getParentNode().orElse(null)) {
			if (node instanceof LambdaExpr lambda) {
				var parameter = lambda.getParameters().stream().filter(p -> p.getNameAsString().equals(name)).findFirst();
				if (parameter.isPresent() && !parameter.get().getType().isUnknownType()) {
					return Optional.of(parameter.get().getType());
				}
			}
			if (node instanceof CallableDeclaration<?> || node instanceof TypeDeclaration<?>) {
				Type declared = this.declarations.computeIfAbsent(node, TypeResolver::declaredIn).get(name);
				if (declared != null) {
					return Optional.of(declared);
				}
			}
		}
		return Optional.empty();
	}

	private static Map<String, Type> declaredIn(Node node) {
		Map<String, Type> declared = new HashMap<>();
		if (node instanceof CallableDeclaration<?> callable) {
			callable.getParameters().forEach(p -> declared.putIfAbsent(p.getNameAsString(), p.getType()));
			TypeNodes.of(callable, VariableDeclarationExpr.class)
				.forEach(local -> local.getVariables().forEach(v -> declared.putIfAbsent(v.getNameAsString(), v.getType())));
		}
		else if (node instanceof TypeDeclaration<?> type) {
			for (FieldDeclaration field : type.getFields()) {
				field.getVariables().forEach(v -> declared.putIfAbsent(v.getNameAsString(), v.getType()));
			}
		}
		return declared;
	}

}
