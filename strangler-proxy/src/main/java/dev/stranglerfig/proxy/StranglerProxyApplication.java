package dev.stranglerfig.proxy;

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
		SpringApplication.run(StranglerProxyApplication.class, args);
	}

}
