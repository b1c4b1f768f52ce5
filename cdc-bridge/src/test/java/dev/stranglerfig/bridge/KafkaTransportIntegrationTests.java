package dev.stranglerfig.bridge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import dev.stranglerfig.testsupport.kafka.TestKafka;

import static dev.stranglerfig.bridge.BridgeDatabases.execute;
import static dev.stranglerfig.bridge.BridgeDatabases.queryLong;
import static dev.stranglerfig.bridge.BridgeDatabases.queryRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bridge.transport=kafka} on an in-JVM broker: the engine publishes to a topic per table, appliers consume them
 * as a group and store each partition's offset in the target with the rows.
 */
class KafkaTransportIntegrationTests {

	@Test
	void snapshotAndStreamedChangesThroughKafkaVerifyEqual() throws Exception {
		try (BridgeDatabases databases = new BridgeDatabases("kafka_sync", "legacy")) {
			execute(databases.legacy, """
					INSERT INTO category (name, slug) SELECT 'Category ' || n, 'category-' || n FROM generate_series(1, 50) n;
					INSERT INTO product (sku, name, description, price, category_id)
					SELECT 'OLD-' || n, 'Old ' || n, 'Snapshotted', n % 500 + 0.5, 1 + n % 50 FROM generate_series(1, 5000) n""");
			try (InJvmBridge bridge = InJvmBridge.start(kafka(databases.bridgeArguments(), "sync", "capture,apply"))) {
				await().atMost(Duration.ofSeconds(60))
					.until(() -> queryLong(databases.service, "SELECT count(*) FROM catalog.product") == 5_000);
				writeChanges(databases, 10);
				awaitEqual(databases);
				// Capture and applier in one process share the stream's meters: the lag is the applier's, not a 0 nobody sets.
				assertThat(bridge.get("/actuator/prometheus"))
					.containsPattern("bridge_apply_lag_milliseconds\\{context=\"catalog\",direction=\"l2s\"\\} [1-9]");

				assertThat(VerifyRun.of(databases.bridgeArguments(), "catalog").exitCode()).isZero();
				assertThat(queryLong(databases.service, "SELECT count(*) FROM strangler_bridge.dead_letter")).isZero();
				try (Admin admin = admin()) {
					Map<String, TopicDescription> topics = admin
						.describeTopics(List.of("sync.catalog.l2s.public.product", "sync.catalog.l2s.public.category"))
						.allTopicNames().get();
					assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
				}
				// The offsets the appliers start from live in the target, one row per topic partition that carried changes.
				assertThat(queryRows(databases.service,
						"SELECT DISTINCT topic FROM strangler_bridge.kafka_position WHERE next_offset > 0 ORDER BY topic"))
					.containsExactly("sync.catalog.l2s.public.category", "sync.catalog.l2s.public.product");
			}
		}
	}

	@Test
	void twoAppliersShareThePartitionsAndApplyEveryChangeOnce() throws Exception {
		try (BridgeDatabases databases = new BridgeDatabases("kafka_group", "legacy")) {
			BridgeDatabases.countChanges(databases.legacy, "public.product");
			BridgeDatabases.countChanges(databases.service, "catalog.product");
			execute(databases.legacy, "INSERT INTO category (name, slug) SELECT 'Category ' || n, 'c-' || n FROM generate_series(1, 10) n");
			try (InJvmBridge first = InJvmBridge.start(kafka(databases.bridgeArguments(), "group", "capture,apply"));
					InJvmBridge second = InJvmBridge.start(kafka(databases.bridgeArguments(), "group", "apply"))) {
				await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(groupMembers("group.catalog.l2s"))
					.hasSize(2).allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty()));
				writeChanges(databases, 10);
				awaitEqual(databases);

				assertThat(queryRows(databases.service, "SELECT id, changes FROM public.product_changes ORDER BY id"))
					.hasSize(20_000)
					.containsExactlyElementsOf(queryRows(databases.legacy, "SELECT id, changes FROM public.product_changes ORDER BY id"));
				assertThat(first.get("/actuator/prometheus")).contains("bridge_changes_applied_total{context=\"catalog\"");
				assertThat(second.get("/actuator/health")).contains("strangler_catalog_l2s applier");
			}
		}
	}

	@Test
	void anApplierKilledMidStreamResumesFromTheOffsetsStoredInTheTarget() {
		try (BridgeDatabases databases = new BridgeDatabases("kafka_kill", "legacy")) {
			BridgeDatabases.countChanges(databases.legacy, "public.product");
			BridgeDatabases.countChanges(databases.service, "catalog.product");
			execute(databases.legacy, "INSERT INTO category (name, slug) SELECT 'Category ' || n, 'c-' || n FROM generate_series(1, 10) n");
			try (InJvmBridge capture = InJvmBridge.start(kafka(databases.bridgeArguments(), "kill", "capture"))) {
				// The snapshot (products, then categories) is published: changes from here on are streamed one by one.
				await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> published("kill.catalog.l2s.public.category") == 10);
				writeChanges(databases, 20);
				long sourceChanges = queryLong(databases.legacy, "SELECT sum(changes) FROM public.product_changes");
				BridgeProcess first = BridgeProcess.start("kafka-applier-first", kafka(databases.bridgeArguments(), "kill", "apply"));
				try {
					await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(
							() -> queryLong(databases.service, "SELECT coalesce(sum(changes), 0) FROM public.product_changes") > sourceChanges / 4);
				}
				finally {
					first.kill();
				}
				assertThat(queryLong(databases.service, "SELECT sum(changes) FROM public.product_changes")).isLessThan(sourceChanges);

				try (BridgeProcess second = BridgeProcess.start("kafka-applier-second", kafka(databases.bridgeArguments(), "kill", "apply"))) {
					awaitEqual(databases);
					assertThat(queryRows(databases.service, "SELECT id, changes FROM public.product_changes ORDER BY id"))
						.containsExactlyElementsOf(queryRows(databases.legacy, "SELECT id, changes FROM public.product_changes ORDER BY id"));
				}
			}
		}
	}

	@Test
	void aCaptureKilledMidStreamPublishesAgainButNothingIsAppliedTwice() throws Exception {
		try (BridgeDatabases databases = new BridgeDatabases("kafka_recapture", "legacy")) {
			BridgeDatabases.countChanges(databases.legacy, "public.product");
			BridgeDatabases.countChanges(databases.service, "catalog.product");
			execute(databases.legacy, "INSERT INTO category (name, slug) SELECT 'Category ' || n, 'c-' || n FROM generate_series(1, 10) n");
			try (InJvmBridge applier = InJvmBridge.start(kafka(databases.bridgeArguments(), "recapture", "apply"))) {
				BridgeProcess first = BridgeProcess.start("kafka-capture-first", kafka(databases.bridgeArguments(), "recapture", "capture"));
				CompletableFuture<Void> writing;
				try {
					await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> published("recapture.catalog.l2s.public.category") == 10);
					// Killed while the writes still stream in, so the changes of its last second (the offset flush
					// interval) are published and not yet flushed: on a slow machine a capture killed after the
					// writes could have caught up and flushed everything.
					writing = CompletableFuture.runAsync(() -> writeChanges(databases, 20));
					await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
						.until(() -> published("recapture.catalog.l2s.public.product") > 20_000);
				}
				finally {
					first.kill();
				}
				writing.get(120, TimeUnit.SECONDS);
				long sourceChanges = queryLong(databases.legacy, "SELECT sum(changes) FROM public.product_changes");
				try (BridgeProcess second = BridgeProcess.start("kafka-capture-second", kafka(databases.bridgeArguments(), "recapture", "capture"))) {
					awaitEqual(databases);
					// The restarted capture went on from its last flushed offset: the topic holds some changes twice ...
					assertThat(published("recapture.catalog.l2s.public.product")).isGreaterThan(sourceChanges);
					// ... and the target applied each of them once.
					assertThat(queryRows(databases.service, "SELECT id, changes FROM public.product_changes ORDER BY id"))
						.containsExactlyElementsOf(queryRows(databases.legacy, "SELECT id, changes FROM public.product_changes ORDER BY id"));
				}
			}
		}
	}

	/** Per round, in transactions of 2,000: 2,000 inserts, 2,000 updates, every row of the round updated again, 200 deletes. */
	private static void writeChanges(BridgeDatabases databases, int rounds) {
		for (int round = 0; round < rounds; round++) {
			int from = 100_000 + round * 2_000;
			execute(databases.legacy, "INSERT INTO product (id, sku, name, price, category_id) SELECT n, 'NEW-' || n, 'New ' || n, "
					+ "n % 300 + 0.99, 1 + n % 10 FROM generate_series(" + from + ", " + (from + 1_999) + ") n");
			execute(databases.legacy, "UPDATE product SET price = price + 0.01, updated_at = now() WHERE id BETWEEN " + from
					+ " AND " + (from + 1_999));
			execute(databases.legacy, "UPDATE product SET active = NOT active WHERE id BETWEEN " + from + " AND " + (from + 1_999));
			execute(databases.legacy, "DELETE FROM product WHERE id % 10 = 0 AND id BETWEEN " + from + " AND " + (from + 1_999));
		}
	}

	private static void awaitEqual(BridgeDatabases databases) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(
				() -> assertThat(databases.serviceRows()).containsExactlyElementsOf(databases.legacyInServiceTerms()));
	}

	private static List<String> kafka(List<String> arguments, String prefix, String roles) {
		List<String> withKafka = new ArrayList<>(arguments);
		withKafka.addAll(List.of("--bridge.transport=kafka", "--bridge.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
				"--bridge.kafka.topic-prefix=" + prefix, "--bridge.kafka.partitions=3", "--bridge.kafka.roles=" + roles));
		return withKafka;
	}

	private static Collection<MemberDescription> groupMembers(String group) throws Exception {
		try (Admin admin = admin()) {
			return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
		}
	}

	private static long published(String topic) throws Exception {
		try (Admin admin = admin()) {
			TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			description.partitions().forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
			return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
		}
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));
	}

}
