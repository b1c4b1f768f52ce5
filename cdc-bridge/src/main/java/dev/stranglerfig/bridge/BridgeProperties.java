package dev.stranglerfig.bridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Everything the bridge needs to know: which plans, which databases, how hard to push and to retry. */
@Validated
@ConfigurationProperties(prefix = BridgeProperties.PREFIX)
public class BridgeProperties {

	public static final String PREFIX = "bridge";

	/** The directory holding the migration plans, one {@code <context>.yaml} each. */
	@NotNull
	private Path plansDir = Path.of("migration-plans/plans");

	/** The contexts (plan names) to keep in sync; each needs an entry under {@code services}. */
	private List<String> contexts = List.of();

	/** The legacy monolith's database: captured while legacy owns the data, written to after. */
	@Valid
	@NotNull
	private Database legacy = new Database();

	/**
	 * The proxy's control database (schema {@code strangler_control}): each context's live phase, which the bridge
	 * follows, and the write-ownership handovers it takes part in. Unset: the legacy database.
	 */
	@Valid
	private Database control;

	/** Each context's service database, by context name. */
	@Valid
	private Map<String, Database> services = new LinkedHashMap<>();

	/** Most changes applied in one target transaction (also Debezium's {@code max.batch.size}). */
	@Min(1)
	@Max(100_000)
	private int batchSize = 2048;

	/** The first wait before retrying a batch the target database refused for lack of a connection. */
	@NotNull
	private Duration retryInitialBackoff = Duration.ofMillis(200);

	/** The longest wait between two retries; the bridge keeps retrying at this pace until the target is back. */
	@NotNull
	private Duration retryMaxBackoff = Duration.ofSeconds(10);

	/**
	 * How often each stream writes a heartbeat row on its source, so an idle slot keeps confirming WAL and
	 * does not hold it on disk; zero turns heartbeats off.
	 */
	@NotNull
	private Duration heartbeatInterval = Duration.ofSeconds(10);

	/** How often the slot lag (bytes of WAL the slot holds) is read from the source. */
	@NotNull
	private Duration lagProbeInterval = Duration.ofSeconds(5);

	/**
	 * Source tables ({@code schema.table}) too large to lock or copy at once: left out of the initial snapshot and
	 * loaded by an incremental snapshot, chunk by chunk while changes stream, when {@code snapshot <context> <table>}
	 * asks for it.
	 */
	private Set<String> incrementalTables = new LinkedHashSet<>();

	/** Rows per chunk of an incremental snapshot (Debezium's {@code incremental.snapshot.chunk.size}). */
	@Min(1)
	private int incrementalChunkSize = 1024;

	/** How captured changes reach the applier: in the same process, or through Kafka topics. */
	@NotNull
	private Transport transport = Transport.EMBEDDED;

	/** The Kafka transport's settings; read only with {@code transport=kafka}. */
	@Valid
	@NotNull
	private Kafka kafka = new Kafka();

	public Path getPlansDir() {
		return this.plansDir;
	}

	public void setPlansDir(Path plansDir) {
		this.plansDir = plansDir;
	}

	public List<String> getContexts() {
		return this.contexts;
	}

	public void setContexts(List<String> contexts) {
		this.contexts = contexts;
	}

	public Database getLegacy() {
		return this.legacy;
	}

	public void setLegacy(Database legacy) {
		this.legacy = legacy;
	}

	public Database getControl() {
		return this.control;
	}

	public void setControl(Database control) {
		this.control = control;
	}

	public Map<String, Database> getServices() {
		return this.services;
	}

	public void setServices(Map<String, Database> services) {
		this.services = services;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public Duration getRetryInitialBackoff() {
		return this.retryInitialBackoff;
	}

	public void setRetryInitialBackoff(Duration retryInitialBackoff) {
		this.retryInitialBackoff = retryInitialBackoff;
	}

	public Duration getRetryMaxBackoff() {
		return this.retryMaxBackoff;
	}

	public void setRetryMaxBackoff(Duration retryMaxBackoff) {
		this.retryMaxBackoff = retryMaxBackoff;
	}

	public Duration getHeartbeatInterval() {
		return this.heartbeatInterval;
	}

	public void setHeartbeatInterval(Duration heartbeatInterval) {
		this.heartbeatInterval = heartbeatInterval;
	}

	public Duration getLagProbeInterval() {
		return this.lagProbeInterval;
	}

	public void setLagProbeInterval(Duration lagProbeInterval) {
		this.lagProbeInterval = lagProbeInterval;
	}

	public Set<String> getIncrementalTables() {
		return this.incrementalTables;
	}

	public void setIncrementalTables(Set<String> incrementalTables) {
		this.incrementalTables = incrementalTables;
	}

	public int getIncrementalChunkSize() {
		return this.incrementalChunkSize;
	}

	public void setIncrementalChunkSize(int incrementalChunkSize) {
		this.incrementalChunkSize = incrementalChunkSize;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public void setTransport(Transport transport) {
		this.transport = transport;
	}

	public Kafka getKafka() {
		return this.kafka;
	}

	public void setKafka(Kafka kafka) {
		this.kafka = kafka;
	}

	/** How captured changes travel from the engine to the applier. */
	public enum Transport {

		/** The engine hands its batches to the applier in the same process. */
		EMBEDDED("embedded"),
		/** The engine publishes to a topic per table; appliers consume them as a consumer group. */
		KAFKA("kafka");

		private final String value;

		Transport(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** What a bridge process does with the Kafka transport. */
	public enum Role {

		/** Runs the Debezium engine and publishes its changes (one process per stream holds the slot). */
		CAPTURE("capture"),
		/** Consumes the topics and writes the target (as many processes as the topics have partitions). */
		APPLY("apply");

		private final String value;

		Role(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

	}

	/** The Kafka transport: topics {@code <topic-prefix>.<context>.<l2s|s2l>.<schema>.<table>}, one group per stream. */
	public static class Kafka {

		/** The brokers, {@code host:port,...}. */
		private String bootstrapServers;

		/** The first part of every topic and consumer group name, so that several installations share a cluster. */
		@NotBlank
		private String topicPrefix = "strangler";

		/** Partitions of each change topic the bridge creates: the most appliers that can share a stream's work. */
		@Min(1)
		private int partitions = 6;

		/** What this process does: capture, apply, or both. */
		@NotNull
		private Set<Role> roles = EnumSet.allOf(Role.class);

		/**
		 * How long an applier holds a change whose parent row (foreign key) is not in the target yet, waiting for it to
		 * arrive through another topic or partition, before it dead-letters the change.
		 */
		@NotNull
		private Duration parentWait = Duration.ofSeconds(60);

		public String getBootstrapServers() {
			return this.bootstrapServers;
		}

		public void setBootstrapServers(String bootstrapServers) {
			this.bootstrapServers = bootstrapServers;
		}

		public String getTopicPrefix() {
			return this.topicPrefix;
		}

		public void setTopicPrefix(String topicPrefix) {
			this.topicPrefix = topicPrefix;
		}

		public int getPartitions() {
			return this.partitions;
		}

		public void setPartitions(int partitions) {
			this.partitions = partitions;
		}

		public Set<Role> getRoles() {
			return this.roles;
		}

		public void setRoles(Set<Role> roles) {
			this.roles = roles;
		}

		public Duration getParentWait() {
			return this.parentWait;
		}

		public void setParentWait(Duration parentWait) {
			this.parentWait = parentWait;
		}

	}

	/** How to reach one PostgreSQL database. */
	public static class Database {

		/** JDBC URL, {@code jdbc:postgresql://host:port/database}. */
		@NotBlank
		private String url;

		/** The login role; capturing needs REPLICATION (or superuser), writing needs the tables' privileges. */
		@NotBlank
		private String user;

		/** The role's password. */
		private String password = "";

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getUser() {
			return this.user;
		}

		public void setUser(String user) {
			this.user = user;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
