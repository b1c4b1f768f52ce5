package dev.stranglerfig.plans;

import java.util.List;
import java.util.Map;

/**
 * How a legacy table maps onto the service's table: the bridge copies rows by {@code key}, renaming
 * {@code columns} (legacy column -> service column); unlisted columns are not copied.
 */
public record TableMapping(String legacy, String service, List<String> key, Map<String, String> columns) {
}
