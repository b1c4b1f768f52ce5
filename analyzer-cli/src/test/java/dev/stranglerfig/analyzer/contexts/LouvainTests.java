package dev.stranglerfig.analyzer.contexts;

import java.util.List;

import dev.stranglerfig.analyzer.TestClasses;
import dev.stranglerfig.analyzer.graph.ClassGraph;
import dev.stranglerfig.analyzer.graph.EdgeKind;
import dev.stranglerfig.analyzer.graph.WeightedGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two triangles (0-1-2 and 3-4-5) joined by one light edge 2-3. */
class LouvainTests {

	private static final int[] NO_PINS = { -1, -1, -1, -1, -1, -1 };

	private static WeightedGraph twoTriangles() {
		WeightedGraph graph = new WeightedGraph(6);
		graph.add(0, 1, 3);
		graph.add(1, 2, 3);
		graph.add(0, 2, 3);
		graph.add(3, 4, 3);
		graph.add(4, 5, 3);
		graph.add(3, 5, 3);
		graph.add(2, 3, 1);
		return graph;
	}

	@Test
	void findsTheTwoTriangles() {
		assertThat(new Louvain(1.0, 42).communities(twoTriangles(), NO_PINS)).containsExactly(0, 0, 0, 1, 1, 1);
	}

	@Test
	void everySeedGivesTheSameAnswerTwice() {
		for (long seed = 0; seed < 20; seed++) {
			assertThat(new Louvain(1.0, seed).communities(twoTriangles(), NO_PINS))
				.containsExactly(new Louvain(1.0, seed).communities(twoTriangles(), NO_PINS));
		}
	}

	@Test
	void aPinnedNodeStaysWithItsPinEvenAgainstItsTies() {
		int[] pins = { -1, -1, 0, 0, -1, -1 };
		int[] communities = new Louvain(1.0, 42).communities(twoTriangles(), pins);
		assertThat(communities[2]).isEqualTo(communities[3]);
	}

	@Test
	void nodesPinnedApartNeverShareACommunity() {
		int[] pins = { 0, 1, -1, -1, -1, -1 };
		int[] communities = new Louvain(1.0, 42).communities(twoTriangles(), pins);
		assertThat(communities[0]).isNotEqualTo(communities[1]);
	}

	@Test
	void askingForOneContextMergesTheTriangles() {
		int[] one = new ContextCount(twoTriangles(), NO_PINS, 42).adjust(new int[] { 0, 0, 0, 1, 1, 1 }, 1, 1.0);
		assertThat(one).containsOnly(0);
	}

	@Test
	void askingForMoreContextsSplitsTheLargest() {
		int[] three = new ContextCount(twoTriangles(), NO_PINS, 42).adjust(new int[] { 0, 0, 0, 1, 1, 1 }, 3, 1.0);
		assertThat(java.util.Arrays.stream(three).distinct().count()).isEqualTo(3);
	}

	@Test
	void contextsAreNamedAfterTheirDominantPackageAndPinsAfterThePin() {
		ClassGraph graph = new ClassGraph(List.of(TestClasses.named("shop.orders.Order"), TestClasses.named("shop.orders.OrderService"),
				TestClasses.named("shop.users.User"), TestClasses.named("shop.users.UserService")));
		graph.add(0, 1, EdgeKind.CALL, 5);
		graph.add(2, 3, EdgeKind.CALL, 5);
		graph.add(1, 2, EdgeKind.CALL, 1);
		assertThat(new ContextFinder(1.0, 42, null, List.of()).suggest(graph).names()).containsExactly("orders", "users");
		Decomposition pinned = new ContextFinder(1.0, 42, null, List.of(Pin.parse("shop.users.*=accounts"))).suggest(graph);
		assertThat(pinned.byClass(graph)).containsEntry("shop.users.User", "accounts").containsEntry("shop.orders.Order", "orders");
	}

}
