package dev.stranglerfig.proxy;

import reactor.netty.ReactorNetty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The proxy shoppers talk to: every request goes to legacy or to an extracted service, by its plan. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StranglerProxyApplication {

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
