package dev.stranglerfig.analyzer.metrics;

import java.util.List;
import java.util.Set;

import dev.stranglerfig.analyzer.TestClasses;
import dev.stranglerfig.analyzer.contexts.Decomposition;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.graph.TableUsage;
import dev.stranglerfig.analyzer.graph.UseCase;
import dev.stranglerfig.analyzer.source.EndpointFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each metric on a graph small enough to compute by hand: classes A, B in context x and C, D in context y;
 * calls A->B, C->D and B->C (weight 1 each), and a type use D->A (weight 2).
 */
class MetricsCalculatorTests {

	private static final double EPSILON = 1e-9;

	private final ClassGraph graph = new ClassGraph(List.of(TestClasses.named("p.x.A"), TestClasses.named("p.x.B"),
			TestClasses.named("p.y.C"), TestClasses.named("p.y.D")));

	private final Decomposition twoContexts = new Decomposition(List.of("x", "y"), new int[] { 0, 0, 1, 1 });

	MetricsCalculatorTests() {
		this.graph.add(0, 1, EdgeKind.CALL, 1);
		this.graph.add(2, 3, EdgeKind.CALL, 1);
		this.graph.add(1, 2, EdgeKind.CALL, 1);
		this.graph.add(3, 0, EdgeKind.TYPE, 2);
	}

	private Metrics metrics(Decomposition decomposition, List<UseCase> useCases, List<TableUsage> tables) {
		return MetricsCalculator.of(this.graph, decomposition, useCases, tables);
	}

	@Test
	void structuralModularityRewardsPairsInsideAndPenalisesPairsAcross() {
		// mu_x = 1 (A-B), mu_y = 1 (C-D), sigma_xy = 2 (B-C, D-A); N = 2, 2; K = 2.
		// SM = 1/2 (1/4 + 1/4) - 2/(2*1) * 2/(2*2) = 0.25 - 0.5
		assertThat(metrics(this.twoContexts, List.of(), List.of()).sm()).isCloseTo(-0.25, within(EPSILON));
	}

	@Test
	void structuralModularityOfOneContextHasNoCouplingTerm() {
		// mu = 4 pairs with an edge among 4 classes: 4/16.
		Decomposition one = new Decomposition(List.of("all"), new int[] { 0, 0, 0, 0 });
		assertThat(metrics(one, List.of(), List.of()).sm()).isCloseTo(0.25, within(EPSILON));
	}

	@Test
	void interContextCallPercentageCountsCallWeightOnly() {
		// Calls: A->B, C->D inside, B->C across; the D->A type use is not a call.
		assertThat(metrics(this.twoContexts, List.of(), List.of()).icp()).isCloseTo(1.0 / 3, within(EPSILON));
	}

	@Test
	void interfaceNumberIsCrossPairsPerContext() {
		assertThat(metrics(this.twoContexts, List.of(), List.of()).ifn()).isCloseTo(2.0 / 2, within(EPSILON));
	}

	@Test
	void nonExtremeDistributionIsOneWhenNoContextHasFiveToTwentyClasses() {
		assertThat(metrics(this.twoContexts, List.of(), List.of()).ned()).isCloseTo(1.0, within(EPSILON));
	}

	@Test
	void businessContextPurityIsTheMeanLogOfUseCasesPerContext() {
		// Use case 1 touches A, B (x); use case 2 touches B, C (x and y): x has 2, y has 1. (ln 2 + ln 1) / 2.
		List<UseCase> useCases = List.of(useCase("p.x.A", "p.x.B"), useCase("p.x.B", "p.y.C"));
		assertThat(metrics(this.twoContexts, useCases, List.of()).bcp()).isCloseTo(Math.log(2) / 2, within(EPSILON));
	}

	@Test
	void modularityIsNewmansOnTheUndirectedWeights() {
		// m = 5; x: inside 1, degrees A 3 + B 2 = 5; y: inside 1, C 2 + D 3 = 5. Q = 2 (1/5 - (5/10)^2) = -0.1
		assertThat(metrics(this.twoContexts, List.of(), List.of()).modularity()).isCloseTo(-0.1, within(EPSILON));
	}

	@Test
	void tableEntropyIsTheMeanEntropyOfWhichContextsTouchEachTable() {
		// t: A, B (x) and C (y) -> H(2/3, 1/3) = 0.918...; u: D only -> 0. Mean 0.459...
		TableUsage t = new TableUsage("t");
		t.access("p.x.A", true);
		t.access("p.x.B", false);
		t.access("p.y.C", false);
		TableUsage u = new TableUsage("u");
		u.access("p.y.D", true);
		double h = -(2.0 / 3) * Math.log(2.0 / 3) / Math.log(2) - (1.0 / 3) * Math.log(1.0 / 3) / Math.log(2);
		assertThat(metrics(this.twoContexts, List.of(), List.of(t, u)).tableEntropy()).isCloseTo(h / 2, within(EPSILON));
	}

	private static UseCase useCase(String... classes) {
		return new UseCase(new EndpointFacts("GET", "/x", "get"), classes[0], Set.of(classes));
	}

}
