package dev.stranglerfig.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Products and categories, cut out of the legacy shop: its own database, the legacy public contract. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogServiceApplication.class, args);
	}

}
