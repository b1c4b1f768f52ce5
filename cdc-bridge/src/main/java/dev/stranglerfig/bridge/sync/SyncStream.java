package dev.stranglerfig.bridge.sync;

import java.util.List;
import java.util.Optional;

/**
 * One context's flow in one direction: the database captured, the database written, and the tables.
 * Its {@link #name()} names the replication slot, the publication, the replication origin and the stored position.
 */
public record SyncStream(String context, Direction direction, DatabaseAddress source, DatabaseAddress target,
		List<TableRoute> tables) {

	/** {@code strangler_<context>_<l2s|s2l>}: slot and origin names allow only lower case, digits and underscores. */
	public String name() {
		return "strangler_" + this.context.replace('-', '_') + "_" + this.direction.value();
	}

	/** The same stream with its tables in another order. */
	public SyncStream withTables(List<TableRoute> reordered) {
		return new SyncStream(this.context, this.direction, this.source, this.target, reordered);
	}

	public Optional<TableRoute> route(String sourceTable) {
		return this.tables.stream().filter(table -> table.sourceTable().equals(sourceTable)).findFirst();
	}

}
