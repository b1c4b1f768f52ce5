package dev.stranglerfig.bridge.deadletter;

/**
 * A change the bridge could not map or apply, with everything an operator needs to replay or fix it.
 * @param rowKey the source key as JSON
 * @param rawEvent the Debezium change event as JSON
 * @param sourcePosition the change's source offset as JSON
 */
public record DeadLetter(String sourceTable, String rowKey, String operation, String reason, String rawEvent,
		String sourcePosition) {
}
