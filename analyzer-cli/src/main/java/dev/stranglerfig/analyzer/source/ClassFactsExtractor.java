package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/** Reads the {@link ClassFacts} of each top-level type of one parsed file. */
final class ClassFactsExtractor {

	private static final String INIT = "<init>";

	private final CompilationUnit unit;

	private final Path file;

	private final TypeResolver types;

	private ClassFactsExtractor(CompilationUnit unit, Path file, ProjectTypes projectTypes) {
		this.unit = unit;
		this.file = file;
		this.types = new TypeResolver(unit, projectTypes);
	}

	static List<ClassFacts> extract(CompilationUnit unit, Path file, ProjectTypes projectTypes) {
		ClassFactsExtractor extractor = new ClassFactsExtractor(unit, file, projectTypes);
		return unit.getTypes().stream().map(extractor::facts).toList();
	}

	private ClassFacts facts(TypeDeclaration<?> type) {
		String packageName = this.unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
		String name = type.getFullyQualifiedName().orElse(type.getNameAsString());
		Set<String> annotations = new LinkedHashSet<>();
		type.getAnnotations().forEach(a -> annotations.add(a.getName().getIdentifier()));
		boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
		boolean entity = annotations.contains("Entity");
		boolean mappedSuperclass = annotations.contains("MappedSuperclass");
		int lines = type.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
		List<ColumnFacts> columns = (entity || mappedSuperclass) ? EntityColumns.of(type) : List.of();
		TypeNodes nodes = new TypeNodes(type, StringLiteralExpr.class, TextBlockLiteralExpr.class, BinaryExpr.class, TypeDeclaration.class,
				FieldDeclaration.class, MethodDeclaration.class, ConstructorDeclaration.class,
				CompactConstructorDeclaration.class, InitializerDeclaration.class, VariableDeclarationExpr.class);
		List<SqlUse> sql = new ArrayList<>();
		// A literal inside a concatenation is read as part of the whole ("UPDATE app_user " + "SET ...").
		nodes.all(StringLiteralExpr.class).stream().filter(s -> !insideConcatenation(s))
			.forEach(s -> sql.addAll(SqlTables.in(s.getValue())));
		nodes.all(TextBlockLiteralExpr.class).stream().filter(s -> !insideConcatenation(s))
			.forEach(s -> sql.addAll(SqlTables.in(s.getValue())));
		nodes.all(BinaryExpr.class).stream().filter(b -> SqlTables.isConcatenation(b) && !insideConcatenation(b))
			.forEach(b -> sql.addAll(SqlTables.in(b)));
		List<EndpointFacts> endpoints = new ArrayList<>();
		nodes.all(TypeDeclaration.class).forEach(t -> endpoints.addAll(EndpointMappings.of(t)));
		return new ClassFacts(name, packageName, this.file, lines, isInterface, annotations, superclass(type),
				repositoryEntity(type), entity ? EntityColumns.table(type) : null, mappedSuperclass, columns,
				entity ? EntityColumns.inheritance(type) : null, entity ? EntityColumns.ownedTables(type) : List.of(), uses(nodes),
				methods(type, nodes), sql, endpoints);
	}

	private static boolean insideConcatenation(Node node) {
		return SqlTables.isConcatenation(node.getParentNode().orElse(null));
	}

	private TypeRef superclass(TypeDeclaration<?> type) {
		if (type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && c.getExtendedTypes().isNonEmpty()) {
			return this.types.ref(c.getExtendedTypes(0)).orElse(null);
		}
		return null;
	}

	/** Spring Data: {@code interface OrderRepository extends JpaRepository<Order, Long>} manages Order. */
	private TypeRef repositoryEntity(TypeDeclaration<?> type) {
		if (!(type instanceof ClassOrInterfaceDeclaration c) || !c.isInterface()) {
			return null;
		}
		for (ClassOrInterfaceType extended : c.getExtendedTypes()) {
			Optional<TypeRef> entity = extended.getTypeArguments()
				.filter(arguments -> extended.getNameAsString().endsWith("Repository") && arguments.isNonEmpty()
						&& arguments.get(0).isClassOrInterfaceType())
				.flatMap(arguments -> this.types.ref(arguments.get(0).asClassOrInterfaceType()));
			if (entity.isPresent()) {
				return entity.get();
			}
		}
		return null;
	}

	private List<TypeUse> uses(TypeNodes nodes) {
		List<TypeUse> uses = new ArrayList<>();
		nodes.all(TypeDeclaration.class).forEach(declared -> {
			List<ClassOrInterfaceType> supertypes = new ArrayList<>();
			if (declared instanceof ClassOrInterfaceDeclaration c) {
				supertypes.addAll(c.getExtendedTypes());
				supertypes.addAll(c.getImplementedTypes());
			}
			else if (declared instanceof EnumDeclaration e) {
				supertypes.addAll(e.getImplementedTypes());
			}
			else if (declared instanceof RecordDeclaration r) {
				supertypes.addAll(r.getImplementedTypes());
				r.getParameters().forEach(p -> add(uses, p, TypeUse.Kind.FIELD));
			}
			supertypes.forEach(s -> this.types.refs(s).forEach(ref -> uses.add(new TypeUse(ref, TypeUse.Kind.INHERITANCE))));
		});
		for (FieldDeclaration field : nodes.all(FieldDeclaration.class)) {
			boolean relation = Annotations.has(field, "OneToMany", "ManyToOne", "OneToOne", "ManyToMany");
			TypeUse.Kind kind = relation ? TypeUse.Kind.JPA_RELATION : TypeUse.Kind.FIELD;
			field.getVariables().forEach(v -> this.types.refs(v.getType()).forEach(ref -> uses.add(new TypeUse(ref, kind))));
		}
		for (MethodDeclaration method : nodes.all(MethodDeclaration.class)) {
			this.types.refs(method.getType()).forEach(ref -> uses.add(new TypeUse(ref, TypeUse.Kind.RETURN)));
			method.getParameters().forEach(p -> add(uses, p, TypeUse.Kind.PARAMETER));
		}
		nodes.all(ConstructorDeclaration.class).forEach(c -> c.getParameters().forEach(p -> add(uses, p, TypeUse.Kind.PARAMETER)));
		for (VariableDeclarationExpr local : nodes.all(VariableDeclarationExpr.class)) {
			local.getVariables().forEach(v -> this.types.refs(v.getType()).forEach(ref -> uses.add(new TypeUse(ref, TypeUse.Kind.LOCAL))));
		}
		return uses;
	}

	private void add(List<TypeUse> uses, Parameter parameter, TypeUse.Kind kind) {
		this.types.refs(parameter.getType()).forEach(ref -> uses.add(new TypeUse(ref, kind)));
	}

	private List<MethodFacts> methods(TypeDeclaration<?> type, TypeNodes nodes) {
		Map<String, MethodFacts> byName = new LinkedHashMap<>();
		boolean typeTransactional = Annotations.has(type, "Transactional");
		for (MethodDeclaration method : nodes.all(MethodDeclaration.class)) {
			boolean transactional = typeTransactional || Annotations.has(method, "Transactional");
			merge(byName, new MethodFacts(method.getNameAsString(), transactional, Annotations.has(method, "Modifying"),
					method.getType().isVoidType(), calls(method)));
		}
		List<Node> initialisers = new ArrayList<>();
		initialisers.addAll(nodes.all(ConstructorDeclaration.class));
		initialisers.addAll(nodes.all(CompactConstructorDeclaration.class));
		initialisers.addAll(nodes.all(InitializerDeclaration.class));
		nodes.all(FieldDeclaration.class)
			.forEach(f -> f.getVariables().forEach(v -> v.getInitializer().ifPresent(initialisers::add)));
		List<CallSite> initCalls = new ArrayList<>();
		initialisers.forEach(node -> initCalls.addAll(calls(node)));
		if (!initCalls.isEmpty()) {
			merge(byName, new MethodFacts(INIT, false, false, true, initCalls));
		}
		return List.copyOf(byName.values());
	}

	/** Overloads become one method: their calls add up and it is transactional if any overload is. */
	private static void merge(Map<String, MethodFacts> byName, MethodFacts method) {
		byName.merge(method.name(), method, (a, b) -> {
			List<CallSite> calls = new ArrayList<>(a.calls());
			calls.addAll(b.calls());
			return new MethodFacts(a.name(), a.transactional() || b.transactional(), a.modifying() || b.modifying(),
					a.voidResult() && b.voidResult(), calls);
		});
	}

	private List<CallSite> calls(Node body) {
		List<CallSite> calls = new ArrayList<>();
		TypeNodes nodes = new TypeNodes(body, MethodCallExpr.class, ObjectCreationExpr.class, MethodReferenceExpr.class);
		for (MethodCallExpr call : nodes.all(MethodCallExpr.class)) {
			call(call).ifPresent(calls::add);
		}
		for (ObjectCreationExpr creation : nodes.all(ObjectCreationExpr.class)) {
			this.types.ref(creation.getType()).ifPresent(ref -> calls.add(new CallSite(ref, INIT, true)));
		}
		for (MethodReferenceExpr reference : nodes.all(MethodReferenceExpr.class)) {
			methodReference(reference).ifPresent(calls::add);
		}
		return calls;
	}

	private Optional<CallSite> call(MethodCallExpr call) {
		boolean resultUsed = !(call.getParentNode().orElse(null) instanceof ExpressionStmt);
		Optional<TypeRef> target = call.getScope().isPresent() ? this.types.typeOf(call.getScope().get())
				: enclosingType(call).map(TypeRef::resolved);
		return target.map(ref -> new CallSite(ref, call.getNameAsString(), resultUsed));
	}

	private Optional<CallSite> methodReference(MethodReferenceExpr reference) {
		Optional<TypeRef> target = reference.getScope().isTypeExpr()
				&& reference.getScope().asTypeExpr().getType().isClassOrInterfaceType()
						? this.types.ref(reference.getScope().asTypeExpr().getType().asClassOrInterfaceType())
						: this.types.typeOf(reference.getScope());
		String method = reference.getIdentifier().equals("new") ? INIT : reference.getIdentifier();
		return target.map(ref -> new CallSite(ref, method, true));
	}

	private static Optional<String> enclosingType(Node node) {
		return node.findAncestor(TypeDeclaration.class).flatMap(t -> t.getFullyQualifiedName());
	}

}
