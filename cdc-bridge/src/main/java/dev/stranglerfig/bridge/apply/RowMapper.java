package dev.stranglerfig.bridge.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.stranglerfig.bridge.sync.ColumnRoute;
import dev.stranglerfig.bridge.sync.TableRoute;

/** Renames and transforms a captured row along its table route; unmapped columns are left behind. */
final class RowMapper {

	private RowMapper() {
	}

	/** @param identities what deletes carry: a key column outside the replica identity holds no real value */
	static RowChange map(TableRoute route, ChangeEvent event, ReplicaIdentities identities) throws MappingException {
		if (event.unreadable() != null) {
			throw new MappingException(event.unreadable());
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String keyColumn : route.sourceKey()) {
			if (event.row().get(keyColumn) == null || (event.delete() && !identities.carries(route.sourceTable(), keyColumn))) {
				throw new MappingException("the " + event.operation() + " carries no value for key column " + keyColumn + " of "
						+ route.sourceTable() + (event.delete()
								? "; its replica identity holds other columns: set REPLICA IDENTITY FULL on it, or key the mapping on the replica identity"
								: "; key the mapping on columns that are never null"));
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
