package dev.stranglerfig.analyzer.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.stranglerfig.analyzer.source.ClassFacts;
import dev.stranglerfig.analyzer.source.SqlUse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Which tables the graph knows and who reads and writes them. */
class GraphBuilderTests {

	@Test
	void aReadOfATableOnlySqlWritesCountsWhicheverClassComesFirst() {
		AnalysisGraph graph = GraphBuilder.build(List.of(
				withSql("shop.audit.AuditReport", new SqlUse("audit_log", false)),
				withSql("shop.orders.OrderAudit", new SqlUse("audit_log", true)),
				withSql("shop.reports.LateReport", new SqlUse("audit_log", false))), List.of(), List.of());

		assertThat(graph.tables().get("audit_log").accesses()).containsOnly(
				entry("shop.audit.AuditReport", TableUsage.Access.READ),
				entry("shop.orders.OrderAudit", TableUsage.Access.WRITE),
				entry("shop.reports.LateReport", TableUsage.Access.READ));
	}

	private static ClassFacts withSql(String name, SqlUse sql) {
		return new ClassFacts(name, name.substring(0, name.lastIndexOf('.')), Path.of(name + ".java"), 1, false, Set.of(),
				null, null, null, false, List.of(), null, List.of(), List.of(), List.of(), List.of(sql), List.of());
	}

}
