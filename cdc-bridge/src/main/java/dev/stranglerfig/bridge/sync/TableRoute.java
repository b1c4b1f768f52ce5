package dev.stranglerfig.bridge.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.plans.ColumnTransform;
import dev.stranglerfig.plans.TableMapping;

/**
 * A plan's table mapping seen from one direction: the captured table, the table written to, the key on both
 * sides, and a route per captured column. Columns the mapping does not list have no route and are never written,
 * except with the plan's values for this side on insert ({@code insertValues}: target column -> value as text).
 */
public record TableRoute(String sourceTable, String targetTable, List<String> sourceKey, List<String> targetKey,
		Map<String, ColumnRoute> columns, Map<String, String> insertValues) {

	public static TableRoute of(TableMapping mapping, Direction direction) {
		Map<String, ColumnRoute> routes = new LinkedHashMap<>();
		mapping.columns().forEach((legacyColumn, serviceColumn) -> {
			ColumnTransform transform = mapping.transforms().get(legacyColumn);
			if (direction == Direction.LEGACY_TO_SERVICE) {
				routes.put(legacyColumn, new ColumnRoute(legacyColumn, serviceColumn,
						(transform != null) ? transform::toService : value -> value));
			}
			else {
				routes.put(serviceColumn, new ColumnRoute(serviceColumn, legacyColumn,
						(transform != null) ? transform::toLegacy : value -> value));
			}
		});
		List<String> legacyKey = mapping.key();
		List<String> serviceKey = legacyKey.stream().map(mapping.columns()::get).toList();
		return (direction == Direction.LEGACY_TO_SERVICE)
				? new TableRoute(mapping.legacy(), mapping.service(), legacyKey, serviceKey, Map.copyOf(routes), mapping.onInsert().service())
				: new TableRoute(mapping.service(), mapping.legacy(), serviceKey, legacyKey, Map.copyOf(routes), mapping.onInsert().legacy());
	}

}
