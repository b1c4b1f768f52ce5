package dev.stranglerfig.users.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.stranglerfig.testsupport.kafka.TestKafka;
import dev.stranglerfig.users.UsersApi;
import dev.stranglerfig.users.UsersServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox's promise: UserRegistered is on Kafka if and only if the registration committed, and a
 * publication whose send did not complete is sent again while the service runs.
 */
class UserRegisteredOutboxIntegrationTests extends UsersServiceIntegrationTest {

	private static final String TOPIC = "users.user-registered";

	private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

	private final JsonMapper json = JsonMapper.builder().build();

	private KafkaConsumer<String, String> consumer;

	@BeforeEach
	void subscribe() {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(TOPIC));
	}

	@AfterEach
	void close() {
		this.consumer.close();
	}

	@Test
	void aCommittedRegistrationIsOnKafkaKeyedByUserId() {
		String email = UsersApi.uniqueEmail("committed");
		long id = this.api.registerUser(email);
		Map<String, Object> user = this.api.get("/api/users/" + id, 200);

		ConsumerRecord<String, String> record = awaitEventFor(email);

		assertThat(record.key()).isEqualTo(String.valueOf(id));
		assertThat(this.json.readValue(record.value(), Map.class)).containsOnlyKeys("userId", "email", "fullName",
				"marketingOptIn", "occurredAt")
			.containsEntry("userId", (int) id)
			.containsEntry("email", email)
			.containsEntry("fullName", "Ada Shopper")
			.containsEntry("marketingOptIn", true)
			.containsEntry("occurredAt", user.get("createdAt"));
		assertThat(record.headers().lastHeader("__TypeId__")).as("no Java class names on the wire").isNull();
	}

	/**
	 * Another transaction holds the same email, uncommitted, when the registration runs: the registration's
	 * check sees nothing, it inserts the account and records UserRegistered, and at commit the deferred unique
	 * constraint waits for the other transaction, then fails. The client gets the duplicate-email problem and
	 * the recorded publication is rolled back with the account: nothing reaches Kafka.
	 */
	@Test
	void aRegistrationRolledBackAfterPublishingNeverReachesKafka() throws Exception {
		String email = UsersApi.uniqueEmail("raced");
		CompletableFuture<HttpResponse<String>> registration;
		try (Connection competitor = database().connect()) {
			competitor.setAutoCommit(false);
			try (PreparedStatement insert = competitor.prepareStatement(
					"INSERT INTO users.user_account (email, display_name) VALUES (?, 'Competitor')")) {
				insert.setString(1, email.toUpperCase());
				insert.executeUpdate();
			}
			registration = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/users"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"email": "%s", "password": "s3cret-pass", "fullName": "Raced"}""".formatted(email)))
					.build(), HttpResponse.BodyHandlers.ofString());
			await().atMost(Duration.ofSeconds(10)).until(() -> registrationsWaitingOnALock() > 0);
			competitor.commit();
		}

		HttpResponse<String> response = registration.get();
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(this.json.readValue(response.body(), Map.class)).containsEntry("type", "/problems/duplicate-email")
			.containsEntry("detail", "An account with email " + email + " already exists");

		String later = UsersApi.uniqueEmail("later");
		this.api.registerUser(later);
		awaitEventFor(later);
		assertThat(this.received).noneMatch(record -> record.value().contains(email));
		assertThat(publicationsMentioning(email)).isZero();
	}

	@Test
	void aPublicationThatWasNotSentIsSentAgainWhileTheServiceRuns() throws Exception {
		String email = UsersApi.uniqueEmail("resent");
		long id = this.api.registerUser(email);
		awaitEventFor(email);
		await().atMost(Duration.ofSeconds(10)).until(() -> completedPublicationsMentioning(email) == 1);

		// As if the send had failed (broker down): the publication is incomplete again.
		try (Connection connection = database().connect(); PreparedStatement reset = connection.prepareStatement("""
				UPDATE users.event_publication SET completion_date = NULL, status = 'FAILED'
				WHERE serialized_event LIKE ?""")) {
			reset.setString(1, "%" + email + "%");
			assertThat(reset.executeUpdate()).isEqualTo(1);
		}

		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> {
				poll();
				assertThat(this.received).filteredOn(record -> record.key().equals(String.valueOf(id))).hasSize(2);
			});
		await().atMost(Duration.ofSeconds(10)).until(() -> completedPublicationsMentioning(email) == 1);
	}

	private ConsumerRecord<String, String> awaitEventFor(String email) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			poll();
			return this.received.stream().anyMatch(record -> record.value().contains(email));
		});
		return this.received.stream().filter(record -> record.value().contains(email)).findFirst().orElseThrow();
	}

	private void poll() {
		this.consumer.poll(Duration.ofMillis(100)).forEach(this.received::add);
	}

	private static int registrationsWaitingOnALock() throws Exception {
		return count("""
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COMMIT%'""");
	}

	private static int publicationsMentioning(String email) throws Exception {
		return count("SELECT count(*) FROM users.event_publication WHERE serialized_event LIKE '%" + email + "%'");
	}

	private static int completedPublicationsMentioning(String email) throws Exception {
		return count("SELECT count(*) FROM users.event_publication WHERE completion_date IS NOT NULL"
				+ " AND serialized_event LIKE '%" + email + "%'");
	}

	private static int count(String sql) throws Exception {
		try (Connection connection = database().connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
