package dev.stranglerfig.testsupport.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TestPostgresIntegrationTests {

	@Test
	void serverDecodesLogicalChangesWithPgoutput() throws SQLException {
		PostgresServer.Database database = TestPostgres.newDatabase("fixture");
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE item (id int PRIMARY KEY, name text)");
			sql.execute("CREATE PUBLICATION fixture_pub FOR TABLE item");
			sql.execute("SELECT pg_create_logical_replication_slot('fixture_slot', 'pgoutput')");
			sql.execute("INSERT INTO item VALUES (1, 'first')");

			try (ResultSet changes = sql.executeQuery("SELECT count(*) FROM pg_logical_slot_get_binary_changes("
					+ "'fixture_slot', NULL, NULL, 'proto_version', '1', 'publication_names', 'fixture_pub')")) {
				changes.next();
				// BEGIN, RELATION, INSERT, COMMIT
				assertThat(changes.getInt(1)).isEqualTo(4);
			}
			sql.execute("SELECT pg_drop_replication_slot('fixture_slot')");
		}
		assertThat(TestPostgres.server().setting("wal_level")).isEqualTo("logical");
	}

	@Test
	void eachDatabaseIsEmptyAndIsolated() throws SQLException {
		PostgresServer.Database first = TestPostgres.newDatabase("fixture");
		PostgresServer.Database second = TestPostgres.newDatabase("fixture");
		try (Connection connection = first.connect(); Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE only_in_first (id int)");
		}
		try (Connection connection = second.connect(); Statement sql = connection.createStatement();
				ResultSet tables = sql.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'")) {
			tables.next();
			assertThat(tables.getInt(1)).isZero();
		}
		assertThat(first.name()).isNotEqualTo(second.name());
	}

	@Test
	void droppedDatabaseIsGone() throws SQLException {
		PostgresServer.Database observer = TestPostgres.newDatabase("fixture");
		PostgresServer.Database database = TestPostgres.newDatabase("fixture");
		assertThat(databaseExists(observer, database.name())).isTrue();
		TestPostgres.server().dropDatabase(database.name());
		assertThat(databaseExists(observer, database.name())).isFalse();
	}

	@Test
	void rejectsDatabaseNamesThatNeedQuoting() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestPostgres.server().createDatabase("Robert'); DROP"))
			.withMessageContaining("lower case letters");
	}

	@Test
	void readsBothExternalUrlForms() {
		PostgresServer libpq = TestPostgres.external("postgresql://shop:p%40ss@db.internal:6543/shopdb");
		assertThat(libpq.user()).isEqualTo("shop");
		assertThat(libpq.password()).isEqualTo("p@ss");
		assertThat(libpq.jdbcUrl("other")).isEqualTo("jdbc:postgresql://db.internal:6543/other");

		PostgresServer jdbc = TestPostgres.external("jdbc:postgresql://localhost/postgres?user=admin&password=x");
		assertThat(jdbc.port()).isEqualTo(5432);
		assertThat(jdbc.user()).isEqualTo("admin");
		assertThat(jdbc.kind()).isEqualTo("external");
	}

	@Test
	void explainsAnUnusableExternalUrl() {
		assertThatIllegalStateException().isThrownBy(() -> TestPostgres.external("mysql://localhost/shop"))
			.withMessageContaining(TestPostgres.URL_ENV);
		assertThatIllegalStateException().isThrownBy(() -> TestPostgres.external(""))
			.withMessageContaining("postgresql://");
	}

	private static boolean databaseExists(PostgresServer.Database observer, String name) throws SQLException {
		try (Connection connection = observer.connect();
				var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			statement.setString(1, name);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}

}
