package dev.stranglerfig.bridge.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.stranglerfig.bridge.deadletter.DeadLetter;
import dev.stranglerfig.bridge.deadletter.DeadLetterStore;
import dev.stranglerfig.bridge.deadletter.EventJson;
import dev.stranglerfig.bridge.position.SourcePosition;
import dev.stranglerfig.bridge.position.SourcePositionStore;
import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;
import dev.stranglerfig.bridge.target.TargetErrors;
import dev.stranglerfig.bridge.target.TargetSession;

/**
 * Writes a batch of changes to the target in one transaction together with the source position after them, in
 * source order (so per key in order). The batch first goes through as JDBC batches; when the target refuses a row,
 * the transaction is rolled back and redone row by row, each under a savepoint, and every refused row becomes a
 * dead letter in the same transaction while the rest is applied.
 */
public final class ChangeApplier {

	private static final Logger logger = LoggerFactory.getLogger(ChangeApplier.class);

	private final SyncStream stream;

	private final TargetSession session;

	private final SourcePositionStore positions;

	private final DeadLetterStore deadLetters;

	private final EventJson json = new EventJson();

	private TargetTables tables;

	private ReplicaIdentities identities;

	public ChangeApplier(SyncStream stream, TargetSession session) {
		this.stream = stream;
		this.session = session;
		this.positions = new SourcePositionStore(stream.name(), stream.context(), stream.direction().value());
		this.deadLetters = new DeadLetterStore(stream.context(), stream.direction().value());
	}

	/**
	 * Creates the bridge's tables in the target, checks the plan's tables against it, reads the source tables' replica
	 * identities and returns the stored position.
	 */
	public Optional<SourcePosition> open() throws SQLException {
		Connection connection = this.session.connection();
		BridgeSchema.createOnTarget(connection);
		this.tables = TargetTables.load(connection, this.stream);
		if (this.identities == null) {
			// Once per applier: a reopen after a target hiccup must not depend on the source being reachable too
			// (a Kafka applier goes on applying what is in Kafka while the source is down).
			this.identities = ReplicaIdentities.load(this.stream);
		}
		Optional<SourcePosition> applied = this.positions.load(connection);
		connection.commit();
		return applied;
	}

	/**
	 * Applies the changes and stores {@code position} with them.
	 * @throws SQLException when the target cannot take the batch now ({@link TargetErrors#unavailable}) or its tables
	 * changed ({@link TargetErrors#targetChanged}: {@link #open} again); nothing of it is committed then, and the caller
	 * retries the same batch
	 */
	Applied apply(List<ChangeEvent> events, SourcePosition position) throws SQLException {
		return apply(events, connection -> this.positions.save(connection, position), event -> false);
	}

	/**
	 * Applies the changes and has {@code position} store where they came from, in the same transaction.
	 * @param waitsForParent the changes that, refused for a parent row not in the target yet, must not be
	 * dead-lettered: the parent travels another way (another topic or partition) and may still arrive
	 * @throws MissingParentException when such a change meets a missing parent; nothing is committed
	 * @throws SQLException when the target cannot take the batch now ({@link TargetErrors#unavailable}) or its tables
	 * changed ({@link TargetErrors#targetChanged}: {@link #open} again); nothing of it is committed then, and the caller
	 * retries the same batch
	 */
	public Applied apply(List<ChangeEvent> events, PositionWrite position, Predicate<ChangeEvent> waitsForParent)
			throws SQLException {
		List<Planned> planned = plan(events);
		Connection connection = this.session.connection();
		try {
			int deadLetters = write(connection, planned, null);
			position.save(connection);
			connection.commit();
			return applied(planned, deadLetters, false);
		}
		catch (SQLException ex) {
			rollback(connection);
			if (TargetErrors.unavailable(ex) || TargetErrors.targetChanged(ex) || connection.isClosed()
					|| ex instanceof PositionWrite.Conflict) {
				throw ex;
			}
			logger.info("Stream {}: the target refused a batch of {} changes ({}); applying them one at a time", this.stream.name(),
					planned.size(), reason(ex));
		}
		try (Statement statement = connection.createStatement()) {
			// Row by row, a deferred constraint must fail at its row, not at commit where no savepoint can catch it.
			statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
			int deadLetters = write(connection, planned, waitsForParent);
			position.save(connection);
			connection.commit();
			return applied(planned, deadLetters, true);
		}
		catch (SQLException ex) {
			rollback(connection);
			throw ex;
		}
	}

	private List<Planned> plan(List<ChangeEvent> events) {
		List<Planned> planned = new ArrayList<>(events.size());
		for (ChangeEvent event : events) {
			Optional<TableRoute> route = this.stream.route(event.sourceTable());
			if (route.isEmpty()) {
				continue;
			}
			try {
				planned.add(new Planned(event, route.get(), RowMapper.map(route.get(), event, this.identities), null));
			}
			catch (MappingException ex) {
				planned.add(new Planned(event, route.get(), null, ex.getMessage()));
			}
		}
		return planned;
	}

	/**
	 * Writes as JDBC batches, or row by row under savepoints when {@code waitsForParent} is given. In a JDBC batch,
	 * consecutive changes of one shape go as runs ({@link TargetTable#runSql}), a new run wherever a key comes again.
	 */
	private int write(Connection connection, List<Planned> planned, Predicate<ChangeEvent> waitsForParent)
			throws SQLException {
		int deadLetters = 0;
		try (Batch batch = new Batch(connection)) {
			for (Planned item : planned) {
				if (item.problem() != null) {
					deadLetter(connection, item, item.problem());
					deadLetters++;
					continue;
				}
				TargetTable table = this.tables.table(item.change().targetTable());
				if (waitsForParent != null) {
					if (!applyOne(connection, table, table.sql(item.change()), item, waitsForParent)) {
						deadLetters++;
					}
				}
				else {
					batch.add(table, item.change());
				}
			}
			batch.execute();
			return deadLetters;
		}
	}

	private boolean applyOne(Connection connection, TargetTable table, String sql, Planned item,
			Predicate<ChangeEvent> waitsForParent) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			table.bind(statement, item.change());
			statement.executeUpdate();
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (SQLException ex) {
			if (TargetErrors.unavailable(ex) || TargetErrors.targetChanged(ex)) {
				throw ex;
			}
			if (TargetErrors.missingParent(ex) && waitsForParent.test(item.event())) {
				throw new MissingParentException(item.event(), reason(ex));
			}
			connection.rollback(savepoint);
			deadLetter(connection, item, "the target refused the row: " + reason(ex));
			return false;
		}
	}

	private void deadLetter(Connection connection, Planned item, String reason) throws SQLException {
		ChangeEvent event = item.event();
		Map<String, Object> key = new LinkedHashMap<>();
		item.route().sourceKey().forEach(column -> key.put(column, event.row().get(column)));
		this.deadLetters.write(connection, new DeadLetter(event.sourceTable(), this.json.map(key), event.operation(), reason,
				this.json.event(event.record()), this.positions.toJson(event.position())));
	}

	private static Applied applied(List<Planned> planned, int deadLetters, boolean oneByOne) {
		return new Applied(planned.size() - deadLetters, deadLetters, oneByOne);
	}

	private static String reason(SQLException ex) {
		SQLException next = ex.getNextException();
		SQLException cause = (next != null) ? next : ex;
		return cause.getMessage() + " (SQL state " + cause.getSQLState() + ")";
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// A connection that broke mid-batch rolls back on the server by itself; the session is reopened.
		}
	}

	/**
	 * The JDBC batch being written: consecutive changes go to the target as one batch as long as they use the same
	 * statement. Changes that fit a run are gathered until the run ends, then go as one run statement, or one by one
	 * when the run is shorter than {@link #SHORTEST_RUN}.
	 */
	private static final class Batch implements AutoCloseable {

		/**
		 * With one key changed over and over (runs of one) run statements measured 20% slower than a statement per
		 * change; runs of three already gain.
		 */
		private static final int SHORTEST_RUN = 3;

		private final Connection connection;

		private final List<RowChange> run = new ArrayList<>();

		private final Set<List<Object>> runKeys = new HashSet<>();

		private TargetTable runTable;

		private String runSql;

		private String sql;

		private PreparedStatement statement;

		Batch(Connection connection) {
			this.connection = connection;
		}

		void add(TargetTable table, RowChange change) throws SQLException {
			if (!TargetTable.fitsRun(change)) {
				endRun();
				row(table, change);
				return;
			}
			String runSql = table.runSql(change);
			List<Object> key = change.keyColumns().stream().map(change.values()::get).toList();
			if (!runSql.equals(this.runSql) || this.runKeys.contains(key)) {
				endRun();
				this.runTable = table;
				this.runSql = runSql;
			}
			this.runKeys.add(key);
			this.run.add(change);
		}

		void execute() throws SQLException {
			endRun();
			if (this.statement != null) {
				this.statement.executeBatch();
				close();
			}
		}

		private void endRun() throws SQLException {
			if (this.run.size() >= SHORTEST_RUN) {
				use(this.runSql);
				this.runTable.bindRun(this.connection, this.statement, this.run);
				this.statement.addBatch();
			}
			else {
				for (RowChange change : this.run) {
					row(this.runTable, change);
				}
			}
			this.run.clear();
			this.runKeys.clear();
			this.runSql = null;
		}

		private void row(TargetTable table, RowChange change) throws SQLException {
			use(table.sql(change));
			table.bind(this.statement, change);
			this.statement.addBatch();
		}

		private void use(String sql) throws SQLException {
			if (!sql.equals(this.sql)) {
				if (this.statement != null) {
					this.statement.executeBatch();
					close();
				}
				this.statement = this.connection.prepareStatement(sql);
				this.sql = sql;
			}
		}

		@Override
		public void close() throws SQLException {
			if (this.statement != null) {
				this.statement.close();
				this.statement = null;
				this.sql = null;
			}
		}

	}

	private record Planned(ChangeEvent event, TableRoute route, RowChange change, String problem) {
	}

}
