package dev.stranglerfig.bridge.apply;

import java.util.List;
import java.util.Map;

/**
 * A change as the target table takes it: an upsert of {@code values} (target column names, key included) or a
 * delete by the key in {@code values}.
 */
record RowChange(String targetTable, boolean delete, List<String> keyColumns, Map<String, Object> values) {
}
