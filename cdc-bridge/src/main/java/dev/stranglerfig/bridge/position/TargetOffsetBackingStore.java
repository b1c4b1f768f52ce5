package dev.stranglerfig.bridge.position;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

import dev.stranglerfig.bridge.sync.DatabaseAddress;

/**
 * Debezium's offset store for a bridge stream: at start it hands the engine the position stored in the target
 * database with the rows last applied, so after any crash capture resumes from what was really applied. The
 * engine's own periodic offset flushes stay in memory: the durable copy is written by the applier, in the row
 * transaction, and the flushes only drive the slot's confirmed LSN.
 * <p>
 * Debezium instantiates it by class name ({@code offset.storage}); {@link #configure} reads the target and stream
 * from the engine properties {@code strangler.*} that {@code EngineSettings} sets.
 */
public class TargetOffsetBackingStore extends MemoryOffsetBackingStore {

	public static final String TARGET_URL = "strangler.target.url";

	public static final String TARGET_USER = "strangler.target.user";

	public static final String TARGET_PASSWORD = "strangler.target.password";

	public static final String STREAM_NAME = "strangler.stream.name";

	public static final String CONTEXT = "strangler.stream.context";

	public static final String DIRECTION = "strangler.stream.direction";

	private final PositionJson json = new PositionJson();

	private DatabaseAddress target;

	private SourcePositionStore positions;

	private String engineName;

	@Override
	public void configure(WorkerConfig config) {
		super.configure(config);
		Map<String, String> settings = config.originalsStrings();
		this.target = new DatabaseAddress(settings.get(TARGET_URL), settings.get(TARGET_USER), settings.get(TARGET_PASSWORD));
		this.positions = new SourcePositionStore(settings.get(STREAM_NAME), settings.get(CONTEXT), settings.get(DIRECTION));
		this.engineName = settings.get("name");
	}

	@Override
	public synchronized void start() {
		super.start();
		try (Connection connection = this.target.connect()) {
			this.positions.load(connection).ifPresent(position -> this.data.put(
					ByteBuffer.wrap(this.json.engineKey(this.engineName, position.partition())),
					ByteBuffer.wrap(this.json.engineValue(this.engineName, position.offset()))));
		}
		catch (SQLException ex) {
			throw new ConnectException("Cannot read the stream's stored position from " + this.target + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Set<Map<String, Object>> connectorPartitions(String connectorName) {
		// The engine asks this only of stores shared by several connectors; each bridge stream has its own.
		return new HashSet<>();
	}

}
