package dev.stranglerfig.analyzer.source;

import java.nio.file.Path;
import java.util.List;

import com.github.javaparser.JavaParser;
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
	void sqlSplitAcrossConcatenatedLiteralsIsReadAsOneStatement() {
		ClassFacts repository = ClassFactsExtractor.extract(new JavaParser().parse("""
				package shop.users;
				class UserJdbc {
					static final String ORDERS = "customer_order";
					void rename(org.springframework.jdbc.core.JdbcTemplate jdbc, long id, String name) {
						jdbc.update("UPDATE app_user "
								+ "SET full_name = ? WHERE id = ?", name, id);
						jdbc.queryForList("SELECT id FROM " + ORDERS + " WHERE user_id = " + id);
						throw new IllegalStateException("Update the user " + id + " from the form first");
					}
				}
				""").getResult().orElseThrow(), Path.of("UserJdbc.java"), new ProjectTypes(List.of(), List.of())).get(0);
		assertThat(repository.sql()).containsExactly(new SqlUse("app_user", true), new SqlUse("customer_order", false));
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
