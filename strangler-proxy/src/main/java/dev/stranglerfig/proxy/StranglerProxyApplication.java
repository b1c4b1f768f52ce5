package dev.stranglerfig.proxy;

import reactor.netty.ReactorNetty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The proxy shoppers talk to: every request goes to legacy or to an extracted service, by its plan. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StranglerProxyApplication {

	/**
	 * The lifecycle phase of the control plane (control listener, handover coordinator, admin API, shadow diff writer):
	 * below the graceful shutdown's, so it stops only once the shopper port has drained. Requests still in flight
	 * need it: a write held for a handover gets its outcome only from the coordinator, and routing follows the
	 * control state until the last one.
	 */
	public static final int CONTROL_PLANE_PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1;

	public static void main(String[] args) {
		// One event loop per core unless told otherwise (Reactor Netty's default is at least four). Each loop has its
		// own backend connections (connections/), so loops beyond the cores only add thread switches: measured on
		// 2 cores, 8% less CPU per request than with four loops.
		if (System.getProperty(ReactorNetty.IO_WORKER_COUNT) == null) {
			System.setProperty(ReactorNetty.IO_WORKER_COUNT, String.valueOf(Runtime.getRuntime().availableProcessors()));
		}
		SpringApplication.run(StranglerProxyApplication.class, args);
	}

}
