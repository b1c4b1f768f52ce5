package dev.stranglerfig.users;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The users service: accounts, their roles and addresses, cut out of the monolith. It owns the {@code users}
 * schema of its own database and serves the legacy contract of {@code /api/users}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class UsersServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(UsersServiceApplication.class, args);
	}

}
