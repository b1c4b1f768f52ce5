package dev.stranglerfig.analyzer.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up must run the code a real file runs, or it warms nothing: its sample is read like a project file. */
class SourceParserWarmUpTests {

	@Test
	void warmUpReadsTheEndpointsEntityAndSqlOfItsSample() {
		List<ClassFacts> facts = SourceParser.warmUp();

		assertThat(facts).singleElement().satisfies(controller -> {
			assertThat(controller.name()).isEqualTo("dev.acme.orders.OrderController");
			assertThat(controller.annotations()).contains("RestController");
			assertThat(controller.endpoints()).extracting(e -> e.httpMethod() + " " + e.path())
				.containsExactlyInAnyOrder("GET /api/orders/{id}", "POST /api/orders");
			assertThat(controller.sql()).contains(new SqlUse("stock", true));
			assertThat(controller.methods()).isNotEmpty();
		});
	}

}
