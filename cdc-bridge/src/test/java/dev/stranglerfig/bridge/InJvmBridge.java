package dev.stranglerfig.bridge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

	/** One of the bridge's beans, for tests that drive it as the handover does (stop and start a capture). */
	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The body of a GET on the bridge's HTTP port, e.g. {@code /actuator/health}. */
	String get(String path) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
