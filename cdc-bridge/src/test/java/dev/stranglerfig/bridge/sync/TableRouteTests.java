package dev.stranglerfig.bridge.sync;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.Plan;
import dev.stranglerfig.plans.PlanLoader;
import dev.stranglerfig.plans.TableMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class TableRouteTests {

	private static final String PLAN = """
			context: catalog
			service: { name: catalog-service, url: http://localhost:8102 }
			endpoints: [ "GET /api/products" ]
			phase: legacy
			data:
			  tables:
			    - legacy: public.product
			      service: catalog.product
			      key: [id]
			      columns: { id: id, price: { to: price_minor, transform: minor-units }, name: title }
			      onInsert: { legacy: { version: 0 }, service: { source_system: legacy } }
			""";

	@Test
	void legacyToServiceRenamesAndTransformsFromLegacyColumns() throws Exception {
		TableRoute route = TableRoute.of(mapping(), Direction.LEGACY_TO_SERVICE);
		assertThat(route.sourceTable()).isEqualTo("public.product");
		assertThat(route.targetTable()).isEqualTo("catalog.product");
		assertThat(route.targetKey()).containsExactly("id");
		assertThat(route.columns().get("name").targetColumn()).isEqualTo("title");
		assertThat(route.columns().get("price").convert().apply("12.50")).isEqualTo(1250L);
		assertThat(route.columns()).doesNotContainKey("description");
		assertThatThrownBy(() -> route.columns().get("price").convert().apply("12.345")).isInstanceOf(ArithmeticException.class);
		assertThat(route.insertValues()).containsExactly(entry("source_system", "legacy"));
	}

	@Test
	void serviceToLegacyRunsTheMappingBackwards() throws Exception {
		TableRoute route = TableRoute.of(mapping(), Direction.SERVICE_TO_LEGACY);
		assertThat(route.sourceTable()).isEqualTo("catalog.product");
		assertThat(route.targetTable()).isEqualTo("public.product");
		assertThat(route.sourceKey()).containsExactly("id");
		assertThat(route.columns().get("title").targetColumn()).isEqualTo("name");
		assertThat(route.columns().get("price_minor").convert().apply(1250L)).isEqualTo(new BigDecimal("12.50"));
		assertThat(route.insertValues()).containsExactly(entry("version", "0"));
	}

	@Test
	void ownershipDecidesTheDirection() {
		assertThat(Direction.forPhase(Phase.READS)).isEqualTo(Direction.LEGACY_TO_SERVICE);
		assertThat(Direction.forPhase(Phase.WRITES)).isEqualTo(Direction.SERVICE_TO_LEGACY);
		assertThat(new SyncStream("order-history", Direction.SERVICE_TO_LEGACY, null, null, List.of()).name())
			.isEqualTo("strangler_order_history_s2l");
	}

	private static TableMapping mapping() throws Exception {
		Plan plan = PlanLoader.parse("catalog.yaml", PLAN);
		return plan.tables().get(0);
	}

}
