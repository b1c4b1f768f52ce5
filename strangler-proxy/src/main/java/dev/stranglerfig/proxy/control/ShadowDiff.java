package dev.stranglerfig.proxy.control;

import java.time.Instant;
import java.util.List;

/** A stored sample of a shadowed request whose two responses differed. */
public record ShadowDiff(long id, Instant at, String context, String endpoint, String method, String path,
		int legacyStatus, int serviceStatus, List<String> differingFields, String legacyBody, String serviceBody) {
}
