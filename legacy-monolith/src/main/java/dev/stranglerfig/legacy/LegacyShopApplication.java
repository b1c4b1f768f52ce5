package dev.stranglerfig.legacy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The shop as it has grown: nine domains, one process, one database. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LegacyShopApplication {

	public static void main(String[] args) {
		SpringApplication.run(LegacyShopApplication.class, args);
	}

}
