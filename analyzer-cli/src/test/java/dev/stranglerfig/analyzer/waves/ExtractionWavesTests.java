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
	void contextsThatDependOnNothingGoFirstAndATwoWayTieIsCutAtItsWeakerSide() {
		// a -> b <-> c, and d reads a table c owns. b -> c (1 call) is weaker than c -> b (5): b may go first and
		// call c back in the monolith; then c and a (both only on b), then d (on c).
		this.graph.add(0, 1, EdgeKind.CALL, 1);
		this.graph.add(1, 2, EdgeKind.CALL, 1);
		this.graph.add(2, 1, EdgeKind.CALL, 5);
		List<TableOwner> tables = List.of(new TableOwner("t", "p.c.C", "c", Set.of("d"), Set.of("c")));
		ExtractionOrder order = ExtractionWaves.of(this.graph, this.contexts, tables);
		assertThat(order.waves()).extracting(ExtractionWavesTests::names)
			.containsExactly(List.of("b"), List.of("a", "c"), List.of("d"));
		assertThat(order.weakTies()).singleElement().satisfies(tie -> {
			assertThat(List.of(tie.from(), tie.to())).containsExactly("b", "c");
			assertThat(tie.weight()).isEqualTo(1);
			assertThat(tie.cycle()).containsExactly("b", "c");
			assertThat(tie.strongestInCycle()).isEqualTo(5);
		});
	}

	@Test
	void aCycleOfFourLosesOnlyItsWeakestTieAndBecomesAChain() {
		// a -> b -> c -> d -> a with weights 4, 3, 2, 6 and a chord a -> c (1): dropping the weakest (a -> c) breaks
		// nothing, so it is put back; dropping c -> d (2) leaves the chain d -> a -> b -> c.
		this.graph.add(0, 1, EdgeKind.CALL, 4);
		this.graph.add(1, 2, EdgeKind.CALL, 3);
		this.graph.add(2, 3, EdgeKind.CALL, 2);
		this.graph.add(3, 0, EdgeKind.CALL, 6);
		this.graph.add(0, 2, EdgeKind.CALL, 1);
		ExtractionOrder order = ExtractionWaves.of(this.graph, this.contexts, List.of());
		assertThat(order.waves()).extracting(ExtractionWavesTests::names)
			.containsExactly(List.of("c"), List.of("b"), List.of("a"), List.of("d"));
		assertThat(order.weakTies()).extracting(tie -> tie.from() + "->" + tie.to()).containsExactly("c->d");
	}

	@Test
	void writingAnotherContextsTableIsAStrongerTieThanReadingIt() {
		// a reads b's table, b writes a's table: the read (weight 2) is the weak tie, so a goes first.
		List<TableOwner> tables = List.of(new TableOwner("ta", "p.a.A", "a", Set.of(), Set.of("a", "b")),
				new TableOwner("tb", "p.b.B", "b", Set.of("a"), Set.of("b")));
		ExtractionOrder order = ExtractionWaves.of(this.graph, this.contexts, tables);
		assertThat(order.weakTies()).extracting(tie -> tie.from() + "->" + tie.to() + " " + tie.weight())
			.containsExactly("a->b 2.0");
		assertThat(order.waves().get(0).contexts()).extracting(Wave.Step::context).containsExactly("c", "d", "a");
	}

	@Test
	void withinAWaveTheLeastCoupledGoesFirst() {
		// a and d both depend on b; a with weight 5, d with weight 1. c, tied to nothing, is the easiest cut.
		this.graph.add(0, 1, EdgeKind.CALL, 5);
		this.graph.add(3, 1, EdgeKind.CALL, 1);
		ExtractionOrder order = ExtractionWaves.of(this.graph, this.contexts, List.of());
		assertThat(order.waves()).extracting(ExtractionWavesTests::names).containsExactly(List.of("c", "b"), List.of("d", "a"));
		assertThat(order.weakTies()).isEmpty();
	}

	private static List<String> names(Wave wave) {
		return wave.contexts().stream().map(Wave.Step::context).toList();
	}

}
