package dev.stranglerfig.bridge;

import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The bridge application running in the test's JVM, for tests that look at its endpoints and meters. */
final class InJvmBridge implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private InJvmBridge(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static InJvmBridge start(List<String> arguments) {
		return new InJvmBridge(new SpringApplicationBuilder(BridgeApplication.class).run(arguments.toArray(String[]::new)));
	}

	int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
