package dev.stranglerfig.analyzer.ownership;

import java.util.Set;

/**
 * Who owns a table and who else touches it. The owner is the context of the entity mapping it, else the context
 * writing it most (then reading it most). A table is shared when more than one context touches it.
 */
public record TableOwner(String table, String entity, String owner, Set<String> readers, Set<String> writers) {

	public boolean shared() {
		return this.readers.stream().anyMatch(c -> !c.equals(this.owner)) || this.writers.stream().anyMatch(c -> !c.equals(this.owner));
	}

}
