package dev.stranglerfig.proxy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The proxy's configuration ({@code strangler.proxy.*}).
 *
 * @param legacyUrl the monolith every unclaimed request goes to
 * @param plansDir the directory of plan files ({@code *.yaml})
 * @param adminPort the admin API's port (separate from shopper traffic)
 * @param adminToken the bearer token the admin API requires
 * @param sideHeader a tester's opt-in request header forcing a side ({@code legacy} or {@code service})
 * @param sideCookie the same as a cookie
 * @param serviceConnectTimeout how long to wait for a service connection before falling back to legacy
 * @param serviceResponseTimeout how long to wait for a service's response headers
 * @param shadowBodyLimit the largest response body kept for a shadow comparison, in bytes
 * @param controlResync how often a replica re-reads the control state even without a notification, as a safety
 * net for notifications missed while its listener reconnected
 * @param guardInterval how often the guards evaluate each context's traffic window
 * @param backendReadTimeout the longest legacy or a service may go silent in the middle of a response before the
 * proxy cuts it off (the response timeouts only cover the wait for headers)
 * @param shadowDiffsPerSecond the most differing shadow responses stored per second (the rest are only counted)
 * @param serviceUrls a service address per context, overriding the plan's {@code service.url} (plans are shared by
 * every environment; the address of a context's service in this one is configuration)
 * @param servedByHeader when set, a response header naming the plan that claimed the request and the side that
 * answered it ({@code users:service}); for test traffic and debugging, off by default so shoppers see nothing new
 * @param handover the write-ownership handover's bounds
 */
@ConfigurationProperties(ProxyProperties.PREFIX)
@Validated
public record ProxyProperties(@NotNull URI legacyUrl, @NotNull Path plansDir, @DefaultValue("9080") int adminPort,
		@NotNull String adminToken, @DefaultValue("X-Strangler-Side") String sideHeader,
		@DefaultValue("strangler_side") String sideCookie, @DefaultValue("1s") Duration serviceConnectTimeout,
		@DefaultValue("10s") Duration serviceResponseTimeout, @DefaultValue("262144") int shadowBodyLimit,
		@DefaultValue("5s") Duration controlResync, @DefaultValue("500ms") Duration guardInterval,
		@DefaultValue("5") int shadowDiffsPerSecond, @DefaultValue("30s") Duration backendReadTimeout,
		Map<String, URI> serviceUrls, @DefaultValue("") String servedByHeader, @DefaultValue Handover handover) {

	public ProxyProperties {
		serviceUrls = (serviceUrls != null) ? Map.copyOf(serviceUrls) : Map.of();
	}

	public static final String PREFIX = "strangler.proxy";

	/**
	 * The write-ownership handover ({@code strangler.proxy.handover.*}).
	 *
	 * @param hold the longest a context's writes are held while ownership moves; past it the handover is aborted and
	 * held writes are answered 503 with Retry-After
	 * @param heartbeat how often this replica tells the others it is alive
	 * @param replicaTimeout how long after its last heartbeat a replica counts as gone, so a handover no longer waits
	 * for its acknowledgement; a replica that could not beat for half of this refuses writes itself
	 */
	public record Handover(@DefaultValue("2s") Duration hold, @DefaultValue("500ms") Duration heartbeat,
			@DefaultValue("3s") Duration replicaTimeout) {
	}

}
