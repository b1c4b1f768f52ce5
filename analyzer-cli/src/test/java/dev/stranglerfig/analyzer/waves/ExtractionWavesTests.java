package dev.stranglerfig.analyzer.waves;

import java.util.List;
import java.util.Set;

import dev.stranglerfig.analyzer.TestClasses;
import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.ownership.TableOwner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Contexts a, b, c, d with one class each. */
class ExtractionWavesTests {

	private final ClassGraph graph = new ClassGraph(List.of(TestClasses.named("p.a.A"), TestClasses.named("p.b.B"),
			TestClasses.named("p.c.C"), TestClasses.named("p.d.D")));

	private final Decomposition contexts = new Decomposition(List.of("a", "b", "c", "d"), new int[] { 0, 1, 2, 3 });

	@Test
	void contextsThatDependOnNothingGoFirstAndCyclesGoTogether() {
		// a -> b <-> c, and d reads a table c owns: b and c form a cycle that depends on nothing; inside it c (ties
		// 6) is less coupled than b (ties 7), so it is listed first.
		this.graph.add(0, 1, EdgeKind.CALL, 1);
		this.graph.add(1, 2, EdgeKind.CALL, 1);
		this.graph.add(2, 1, EdgeKind.CALL, 5);
		List<TableOwner> tables = List.of(new TableOwner("t", "p.c.C", "c", Set.of("d"), Set.of("c")));
		List<Wave> waves = ExtractionWaves.of(this.graph, this.contexts, tables);
		assertThat(waves).hasSize(2);
		assertThat(waves.get(0).groups()).extracting(Wave.Group::contexts).containsExactly(List.of("c", "b"));
		// d has no class ties (only the table), a one call: d first.
		assertThat(waves.get(1).groups()).extracting(Wave.Group::contexts).containsExactly(List.of("d"), List.of("a"));
	}

	@Test
	void withinAWaveTheLeastCoupledGoesFirst() {
		// a and d both depend on b; a with weight 5, d with weight 1. c, tied to nothing, is the easiest cut.
		this.graph.add(0, 1, EdgeKind.CALL, 5);
		this.graph.add(3, 1, EdgeKind.CALL, 1);
		List<Wave> waves = ExtractionWaves.of(this.graph, this.contexts, List.of());
		assertThat(waves.get(0).groups()).extracting(Wave.Group::contexts).containsExactly(List.of("c"), List.of("b"));
		assertThat(waves.get(1).groups()).extracting(Wave.Group::contexts).containsExactly(List.of("d"), List.of("a"));
	}

}
