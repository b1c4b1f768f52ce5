package dev.stranglerfig.proxy.traffic;

import java.util.List;

/**
 * A shadowed request: legacy's response (what the shopper got) against the service's.
 *
 * @param differingFields JSON paths (and {@code header:Name}, {@code status}) that differ outside the ignore rules;
 * empty when the responses match
 * @param legacyBody legacy's body, trimmed to the shadow body limit; empty when the responses match
 * @param serviceBody the service's body, trimmed likewise; empty when the responses match
 */
public record ShadowComparison(String context, String endpoint, String method, String path, int legacyStatus,
		int serviceStatus, List<String> differingFields, String legacyBody, String serviceBody) {

	public boolean differs() {
		return !this.differingFields.isEmpty();
	}

}
