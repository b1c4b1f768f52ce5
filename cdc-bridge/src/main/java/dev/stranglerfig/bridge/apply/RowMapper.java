package dev.stranglerfig.bridge.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.stranglerfig.bridge.sync.ColumnRoute;
import dev.stranglerfig.bridge.sync.TableRoute;

/** Renames and transforms a captured row along its table route; unmapped columns are left behind. */
final class RowMapper {

	private RowMapper() {
	}

	static RowChange map(TableRoute route, ChangeEvent event) throws MappingException {
		if (event.unreadable() != null) {
			throw new MappingException(event.unreadable());
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String keyColumn : route.sourceKey()) {
			if (!event.row().containsKey(keyColumn)) {
				throw new MappingException("the " + event.operation() + " carries no value for key column " + keyColumn
						+ " of " + route.sourceTable() + "; key the mapping on the primary key or set REPLICA IDENTITY FULL");
			}
		}
		Iterable<String> columns = event.delete() ? route.sourceKey() : event.row().keySet();
		for (String column : columns) {
			ColumnRoute columnRoute = route.columns().get(column);
			if (columnRoute == null) {
				continue;
			}
			Object value = event.row().get(column);
			try {
				values.put(columnRoute.targetColumn(), columnRoute.convert().apply(value));
			}
			catch (RuntimeException ex) {
				throw new MappingException(route.sourceTable() + "." + column + " = " + value + " cannot be written to "
						+ route.targetTable() + "." + columnRoute.targetColumn() + ": " + ex);
			}
		}
		return new RowChange(route.targetTable(), event.delete(), route.targetKey(), values);
	}

}
