package dev.stranglerfig.plans;

import java.util.Map;

/**
 * Values for columns outside a table mapping, written only when the bridge inserts a row on that side, never on an
 * update: a column one side requires (NOT NULL, no default) and the other side does not have, e.g. legacy's
 * {@code app_user.password_hash} for accounts created in the service once it owns the data. Each value is the text
 * the target column's type reads ({@code "!disabled"}, {@code "0"}, {@code "true"}).
 * @param legacy legacy column -> value, for inserts into the legacy table (service -> legacy)
 * @param service service column -> value, for inserts into the service table (legacy -> service)
 */
public record InsertValues(Map<String, String> legacy, Map<String, String> service) {

	public static final InsertValues NONE = new InsertValues(Map.of(), Map.of());

}
