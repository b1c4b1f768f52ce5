package dev.stranglerfig.bridge.capture;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.stranglerfig.bridge.BridgeApplication;
import dev.stranglerfig.bridge.sync.BridgeSchema;
import dev.stranglerfig.bridge.sync.LiveDirections;
import dev.stranglerfig.bridge.sync.SyncStream;
import dev.stranglerfig.bridge.sync.TableRoute;

/**
 * {@code cdc-bridge snapshot <context> <table>... [--bridge.*=...]}: asks the context's stream for an incremental
 * snapshot of the given source tables, by inserting Debezium's {@code execute-snapshot} signal into the signal table
 * of the captured database. The bridge reads it from the WAL (now, or when it next runs: the slot keeps it) and copies
 * the tables in primary-key chunks while changes keep streaming; its position, stored with the rows, carries the
 * snapshot's progress, so a restart goes on from the last applied chunk.
 */
public final class SnapshotCommand {

	/** The signal is in the captured database. */
	public static final int REQUESTED = 0;

	/** Nothing was asked: wrong usage, a table the plan does not map, no slot yet, a database out of reach. */
	public static final int NOT_REQUESTED = 2;

	public static final String NAME = "snapshot";

	private static final String SLOT = "SELECT count(*) FROM pg_replication_slots WHERE slot_name = ?";

	private static final String SIGNAL = "INSERT INTO " + BridgeSchema.SIGNAL_TABLE + " (id, type, data) VALUES (?, 'execute-snapshot', ?)";

	private SnapshotCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).skip(1).toList();
		if (words.size() < 2) {
			err.println("usage: cdc-bridge snapshot <context> <schema.table>... [--bridge.<property>=<value> ...]");
			err.println("exit codes: 0 snapshot requested, 2 not requested");
			return NOT_REQUESTED;
		}
		String context = words.get(0);
		List<String> tables = words.subList(1, words.size());
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(BridgeApplication.class)
			.profiles(BridgeApplication.COMMAND_PROFILE)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			// The running bridge captures in the live phase's direction; the plan file may still name the one before a handover.
			SyncStream stream = application.getBean(LiveDirections.class).stream(context);
			List<String> captured = stream.tables().stream().map(TableRoute::sourceTable).toList();
			List<String> unknown = tables.stream().filter(table -> !captured.contains(table)).toList();
			if (!unknown.isEmpty()) {
				err.println("snapshot " + context + ": " + unknown + " not captured by " + stream.name() + "; it captures " + captured);
				return NOT_REQUESTED;
			}
			String id = signal(stream, tables);
			out.println("snapshot " + context + ": incremental snapshot of " + String.join(", ", tables) + " requested from "
					+ stream.name() + " (signal " + id + ")");
			return REQUESTED;
		}
		catch (SQLException ex) {
			err.println("snapshot " + context + ": not requested, the captured database refused: " + ex.getMessage());
			return NOT_REQUESTED;
		}
		catch (RuntimeException ex) {
			err.println("snapshot " + context + ": not requested: " + ex.getMessage());
			return NOT_REQUESTED;
		}
	}

	private static String signal(SyncStream stream, List<String> tables) throws SQLException {
		try (Connection source = stream.source().connect()) {
			try (PreparedStatement slot = source.prepareStatement(SLOT)) {
				slot.setString(1, stream.name());
				try (ResultSet row = slot.executeQuery()) {
					row.next();
					if (row.getLong(1) == 0) {
						// A signal written before the slot exists is never read: the slot starts after it.
						throw new IllegalStateException("slot " + stream.name() + " does not exist yet; start the bridge first");
					}
				}
			}
			BridgeSchema.createOnSource(source);
			String id = UUID.randomUUID().toString();
			try (PreparedStatement insert = source.prepareStatement(SIGNAL)) {
				insert.setString(1, id);
				insert.setString(2, "{\"data-collections\": [" + String.join(", ", tables.stream().map(table -> "\"" + table + "\"").toList())
						+ "], \"type\": \"incremental\"}");
				insert.executeUpdate();
			}
			if (!source.getAutoCommit()) {
				source.commit();
			}
			return id;
		}
	}

}
