package dev.stranglerfig.analyzer.graph;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.stranglerfig.analyzer.source.CallSite;
import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.ColumnFacts;
import dev.stranglerfig.analyzer.source.EndpointFacts;
import dev.stranglerfig.analyzer.source.MethodFacts;
import dev.stranglerfig.analyzer.source.SqlUse;
import dev.stranglerfig.analyzer.source.TypeRef;
import dev.stranglerfig.analyzer.source.TypeUse;

/** Builds the {@link AnalysisGraph} from the facts of every parsed class. */
public final class GraphBuilder {

	/** Spring Data method names that change data; every other repository call reads. */
	private static final List<String> WRITE_PREFIXES = List.of("save", "delete", "remove", "insert", "update",
			"persist", "merge");

	private final KnownClasses known;

	private final EntityTables entityTables;

	private final Map<String, String> infrastructure;

	private final ClassGraph graph;

	private final Map<String, Map<String, MethodFacts>> methods = new HashMap<>();

	private final Map<String, List<String>> implementations = new HashMap<>();

	private final int resolved;

	private final int degraded;

	private GraphBuilder(List<ClassFacts> facts, List<ClassGlob> shared) {
		this.known = new KnownClasses(facts);
		this.entityTables = new EntityTables(this.known);
		this.infrastructure = Infrastructure.classify(this.known, shared, referrers(facts));
		this.resolved = this.known.resolved();
		this.degraded = this.known.degraded();
		this.graph = new ClassGraph(facts.stream().filter(c -> !this.infrastructure.containsKey(c.name()))
			.sorted(Comparator.comparing(ClassFacts::name)).toList());
		for (ClassFacts c : this.graph.classes()) {
			Map<String, MethodFacts> byName = new HashMap<>();
			c.methods().forEach(m -> byName.put(m.name(), m));
			this.methods.put(c.name(), byName);
			c.uses().stream().filter(u -> u.kind() == TypeUse.Kind.INHERITANCE)
				.forEach(u -> domain(u.type()).ifPresent(s -> this.implementations.computeIfAbsent(s, k -> new ArrayList<>()).add(c.name())));
		}
	}

	/** @param commits the files of each commit read for the co-change signal (empty without {@code --git}) */
	public static AnalysisGraph build(List<ClassFacts> facts, List<ClassGlob> shared, List<Set<Path>> commits) {
		GraphBuilder builder = new GraphBuilder(facts, shared);
		builder.addEdges();
		int coChangeCommits = CoChanges.add(builder.graph, commits);
		Map<String, TableUsage> tables = builder.tables();
		builder.addTableEdges(tables);
		return new AnalysisGraph(builder.graph, tables, builder.useCases(), builder.transactions(),
				builder.infrastructure, builder.resolved, builder.degraded,
				builder.entityTables.columns(builder.graph.classes().stream().filter(ClassFacts::isEntity).toList()), coChangeCommits);
	}

	private Map<String, Set<String>> referrers(List<ClassFacts> facts) {
		Map<String, Set<String>> referrers = new HashMap<>();
		for (ClassFacts c : facts) {
			List<TypeRef> refs = new ArrayList<>();
			c.uses().forEach(u -> refs.add(u.type()));
			c.methods().forEach(m -> m.calls().forEach(call -> refs.add(call.target())));
			refs.add(c.repositoryEntity());
			for (var ref : refs) {
				this.known.resolve(ref).filter(t -> !t.name().equals(c.name()))
					.ifPresent(t -> referrers.computeIfAbsent(t.name(), k -> new HashSet<>()).add(c.name()));
			}
		}
		return referrers;
	}

	private Optional<String> domain(TypeRef ref) {
		return this.known.resolve(ref).map(ClassFacts::name).filter(name -> this.graph.indexOf(name) >= 0);
	}

	private void addEdges() {
		for (int node = 0; node < this.graph.size(); node++) {
			int from = node;
			ClassFacts c = this.graph.node(from);
			for (TypeUse use : c.uses()) {
				EdgeKind kind = switch (use.kind()) {
					case INHERITANCE -> EdgeKind.INHERITANCE;
					case JPA_RELATION -> EdgeKind.JPA_RELATION;
					default -> EdgeKind.TYPE;
				};
				add(from, use.type(), kind, kind.weight());
			}
			for (MethodFacts method : c.methods()) {
				double weight = EdgeKind.CALL.weight() * (method.transactional() ? 2 : 1);
				method.calls().forEach(call -> add(from, call.target(), EdgeKind.CALL, weight));
			}
			add(from, c.repositoryEntity(), EdgeKind.REPOSITORY, EdgeKind.REPOSITORY.weight());
		}
	}

	private void add(int from, TypeRef ref, EdgeKind kind, double weight) {
		domain(ref).ifPresent(to -> this.graph.add(from, this.graph.indexOf(to), kind, weight));
	}

	private Map<String, TableUsage> tables() {
		Map<String, TableUsage> tables = new TreeMap<>();
		Map<String, String> entityByLowerName = new HashMap<>();
		for (ClassFacts c : this.graph.classes()) {
			if (c.isEntity()) {
				String table = this.entityTables.of(c);
				mapped(tables, table, this.entityTables.root(c), c);
				entityByLowerName.put(c.simpleName().toLowerCase(Locale.ROOT), table);
			}
		}
		for (ClassFacts c : this.graph.classes()) {
			if (c.isEntity()) {
				c.ownedTables().forEach(owned -> mapped(tables, owned.name(), c, c));
			}
		}
		// A write names a table even if no entity maps it; all such tables are known before any access is counted, so
		// that a read of one counts whether the reading class sorts before or after the writing one.
		for (ClassFacts c : this.graph.classes()) {
			for (SqlUse sql : c.sql()) {
				if (sql.write() && table(sql, tables, entityByLowerName) == null) {
					tables.put(sql.table(), new TableUsage(sql.table()));
				}
			}
		}
		for (ClassFacts c : this.graph.classes()) {
			managedTable(c).ifPresent(table -> tables.get(table).access(c.name(), true));
			for (SqlUse sql : c.sql()) {
				String table = table(sql, tables, entityByLowerName);
				if (table != null) {
					tables.get(table).access(c.name(), sql.write());
				}
			}
			for (MethodFacts method : c.methods()) {
				for (CallSite call : method.calls()) {
					Optional<ClassFacts> repository = domain(call.target()).flatMap(this.known::get);
					Optional<String> table = repository.flatMap(this::managedTable);
					if (table.isPresent() && !repository.get().name().equals(c.name())) {
						tables.get(table.get()).access(c.name(), writes(repository.get(), call.method()));
					}
				}
			}
		}
		return tables;
	}

	/**
	 * {@code entity} maps {@code table}, which {@code owner} (the root of a single-table hierarchy, or the entity whose
	 * field maps a join table) owns. The first to map a table owns it: entities' own tables are mapped before join
	 * tables, so a join table that is also an entity's table stays that entity's.
	 */
	private void mapped(Map<String, TableUsage> tables, String table, ClassFacts owner, ClassFacts entity) {
		TableUsage usage = tables.computeIfAbsent(table, TableUsage::new);
		if (usage.entity() == null) {
			usage.mappedBy((this.graph.indexOf(owner.name()) >= 0) ? owner.name() : entity.name());
		}
		usage.access(entity.name(), true);
	}

	/** The known table SQL names: JPQL names the entity, SQL the table. Null for neither (a CTE, a function). */
	private static String table(SqlUse sql, Map<String, TableUsage> tables, Map<String, String> entityByLowerName) {
		return tables.containsKey(sql.table()) ? sql.table() : entityByLowerName.get(sql.table());
	}

	/** The table of the entity a repository manages. */
	private Optional<String> managedTable(ClassFacts repository) {
		return domain(repository.repositoryEntity()).flatMap(this.known::get).filter(ClassFacts::isEntity)
			.map(this.entityTables::of);
	}

	private boolean writes(ClassFacts repository, String method) {
		MethodFacts declared = this.methods.getOrDefault(repository.name(), Map.of()).get(method);
		return (declared != null && declared.modifying()) || WRITE_PREFIXES.stream().anyMatch(method::startsWith);
	}

	private void addTableEdges(Map<String, TableUsage> tables) {
		for (TableUsage table : tables.values()) {
			if (table.entity() == null) {
				continue;
			}
			int entity = this.graph.indexOf(table.entity());
			for (String user : table.accesses().keySet()) {
				boolean isItsRepository = managedTable(this.known.get(user).orElseThrow()).filter(table.name()::equals).isPresent();
				if (!isItsRepository) {
					this.graph.add(this.graph.indexOf(user), entity, EdgeKind.TABLE, EdgeKind.TABLE.weight());
				}
			}
		}
	}

	private List<UseCase> useCases() {
		List<UseCase> useCases = new ArrayList<>();
		for (ClassFacts c : this.graph.classes()) {
			for (EndpointFacts endpoint : c.endpoints()) {
				useCases.add(new UseCase(endpoint, c.name(), reach(c.name(), endpoint.handlerMethod())));
			}
		}
		return useCases;
	}

	private List<TransactionBoundary> transactions() {
		List<TransactionBoundary> boundaries = new ArrayList<>();
		for (ClassFacts c : this.graph.classes()) {
			c.methods().stream().filter(MethodFacts::transactional)
				.forEach(m -> boundaries.add(new TransactionBoundary(c.name(), m.name(), reach(c.name(), m.name()))));
		}
		return boundaries;
	}

	/** The classes a method reaches through calls, transitively; it and its class included. */
	private Set<String> reach(String className, String methodName) {
		Set<String> touched = new TreeSet<>(Set.of(className));
		Set<String> visited = new HashSet<>();
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { className, methodName });
		while (!queue.isEmpty()) {
			String[] next = queue.poll();
			if (!visited.add(next[0] + "#" + next[1])) {
				continue;
			}
			MethodFacts method = this.methods.getOrDefault(next[0], Map.of()).get(next[1]);
			if (method == null) {
				continue;
			}
			for (CallSite call : method.calls()) {
				Optional<String> target = domain(call.target());
				if (target.isEmpty()) {
					continue;
				}
				touched.add(target.get());
				this.known.get(target.get()).flatMap(r -> domain(r.repositoryEntity())).ifPresent(touched::add);
				queue.add(new String[] { target.get(), call.method() });
				for (String implementation : this.implementations.getOrDefault(target.get(), List.of())) {
					touched.add(implementation);
					queue.add(new String[] { implementation, call.method() });
				}
			}
		}
		return touched;
	}

}
