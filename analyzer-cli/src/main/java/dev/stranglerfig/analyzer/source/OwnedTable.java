package dev.stranglerfig.analyzer.source;

import java.util.List;

/**
 * A table an entity's field maps besides the entity's own: the join table of a {@code @ManyToMany} (or of a
 * relation with {@code @JoinTable}), whose join columns are its key, or the {@code @CollectionTable} of an
 * {@code @ElementCollection}, whose key the source does not say (no columns).
 */
public record OwnedTable(String name, List<ColumnFacts> columns) {

}
