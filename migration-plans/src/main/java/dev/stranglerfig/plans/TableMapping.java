package dev.stranglerfig.plans;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a legacy table maps onto the service's table: the bridge copies rows by {@code key}, renaming
 * {@code columns} (legacy column -> service column) and changing the representation of the columns in
 * {@code transforms} (legacy column -> transform); unlisted columns are not copied, and get the values of
 * {@code onInsert} when the bridge inserts a row.
 */
public record TableMapping(String legacy, String service, List<String> key, Map<String, String> columns,
		Map<String, ColumnTransform> transforms, InsertValues onInsert) {

	/** The transform of a legacy column, if its value changes form on the way. */
	public Optional<ColumnTransform> transform(String legacyColumn) {
		return Optional.ofNullable(this.transforms.get(legacyColumn));
	}

}
