package dev.stranglerfig.analyzer.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTablesTests {

	@Test
	void aJoinReadsEveryTableItNames() {
		assertThat(SqlTables.in("SELECT o.id FROM customer_order o JOIN order_line l ON l.order_id = o.id JOIN public.product p ON true"))
			.containsExactly(new SqlUse("customer_order", false), new SqlUse("order_line", false), new SqlUse("product", false));
	}

	@Test
	void anUpsertWritesItsTargetAndReadsItsSource() {
		assertThat(SqlTables.in("""
				INSERT INTO product_rating_summary (product_id, review_count)
				SELECT product_id, count(*) FROM review GROUP BY product_id
				ON CONFLICT (product_id) DO UPDATE SET review_count = EXCLUDED.review_count
				""")).containsExactly(new SqlUse("product_rating_summary", true), new SqlUse("review", false));
	}

	@Test
	void aDeleteWritesItsTableWithoutAlsoReadingIt() {
		assertThat(SqlTables.in("DELETE FROM stock_reservation WHERE order_id = ?"))
			.containsExactly(new SqlUse("stock_reservation", true));
	}

	@Test
	void proseIsNotSql() {
		assertThat(SqlTables.in("Update the address from the form before saving")).isEmpty();
	}

	@Test
	void endpointPathsJoinTheClassPrefixAndDropRegexes() {
		assertThat(EndpointMappings.join("/api/users/", "{id:\\d+}/addresses")).isEqualTo("/api/users/{id}/addresses");
		assertThat(EndpointMappings.join("", "")).isEqualTo("/");
	}

}
