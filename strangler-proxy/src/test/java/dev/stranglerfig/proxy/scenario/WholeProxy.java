package dev.stranglerfig.proxy.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stranglerfig.proxy.ProxyApps;
import dev.stranglerfig.proxy.admin.AdminClient;
import dev.stranglerfig.proxy.admin.AdminClient.Answer;
import dev.stranglerfig.proxy.admin.AdminServer;
import dev.stranglerfig.testsupport.files.ScratchDirectory;
import dev.stranglerfig.testsupport.http.StubHttpServer;
import dev.stranglerfig.testsupport.postgres.PostgresServer;
import dev.stranglerfig.testsupport.postgres.TestPostgres;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole proxy as an operator runs it: plan files in a directory, a control database of its own, stubs playing
 * legacy and the service, shoppers on real HTTP and phase changes only through the admin API.
 */
final class WholeProxy implements AutoCloseable {

	/** A sample line: name, labels (values quoted, may hold braces, e.g. an endpoint's {@code {id}}), value. */
	private static final Pattern COUNTER_LINE = Pattern.compile("^(\\w+)\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\} (\\S+)$",
			Pattern.MULTILINE);

	private static final Pattern LABEL = Pattern.compile("\\w+=\"(?:[^\"\\\\]|\\\\.)*\"");

	final StubHttpServer legacy = StubHttpServer.start();

	final StubHttpServer service = StubHttpServer.start();

	final Path plans;

	final AdminClient admin;

	private final PostgresServer.Database control;

	private final ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final int managementPort;

	/** @param planFiles file name, then its YAML, in pairs; {@code SERVICE_URL} stands for the service stub */
	WholeProxy(String database, String... planFiles) {
		this(database, List.of(), planFiles);
	}

	/**
	 * @param settings further arguments, e.g. {@code --strangler.proxy.handover.hold=5s}
	 * @param planFiles file name, then its YAML, in pairs; {@code SERVICE_URL} stands for the service stub
	 */
	WholeProxy(String database, List<String> settings, String... planFiles) {
		this.plans = ScratchDirectory.create("scenario-plans");
		for (int i = 0; i < planFiles.length; i += 2) {
			writePlan(planFiles[i], planFiles[i + 1]);
		}
		this.control = TestPostgres.newDatabase(database);
		// A service that accepted a request and then hangs, or froze half-way through a response, costs a shopper
		// this long, well within the client's 15 s.
		List<String> arguments = new ArrayList<>(
				List.of("--strangler.proxy.service-response-timeout=3s", "--strangler.proxy.backend-read-timeout=3s"));
		arguments.addAll(settings);
		this.app = ProxyApps.start(this.control, this.plans, this.legacy.uri(), arguments.toArray(String[]::new));
		this.admin = new AdminClient(this.app.getBean(AdminServer.class).port(), ProxyApps.TOKEN);
		this.port = ProxyApps.port(this.app);
		this.managementPort = ProxyApps.managementPort(this.app);
	}

	void writePlan(String fileName, String yaml) {
		try {
			Files.writeString(this.plans.resolve(fileName), yaml.replace("SERVICE_URL", this.service.uri().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A phase change through the admin API, which must be accepted. */
	void advance(String context, String phase, Integer canaryPercent) {
		String percent = (canaryPercent != null) ? ", \"canaryPercent\": " + canaryPercent : "";
		Answer answer = this.admin.postJson("/admin/plans/" + context + "/phase",
				"{\"phase\": \"" + phase + "\"" + percent + ", \"reason\": \"scenario step\", \"actor\": \"tester\"}");
		assertThat(answer.status()).as("moving %s to %s: %s", context, phase, answer.body()).isEqualTo(200);
	}

	/** The control database, for a test that plays the CDC bridge or changes a phase by hand. */
	Connection controlDatabase() throws SQLException {
		return this.control.connect();
	}

	JsonNode plan(String context) {
		return this.admin.get("/admin/plans/" + context).body();
	}

	List<JsonNode> audit(String context) {
		return this.admin.get("/admin/audit?limit=1000" + ((context != null) ? "&context=" + context : ""))
			.body()
			.valueStream()
			.toList();
	}

	List<JsonNode> diffs(String context) {
		return this.admin.get("/admin/diffs?limit=1000&context=" + context).body().valueStream().toList();
	}

	/** A counter from {@code /actuator/prometheus} whose tags include all of {@code tags} ({@code key="value"}). */
	double counter(String name, String... tags) {
		Matcher line = COUNTER_LINE.matcher(send(this.managementPort, "GET", "/actuator/prometheus", null).body());
		double total = 0;
		while (line.find()) {
			if (line.group(1).equals(name)
					&& LABEL.matcher(line.group(2)).results().map(MatchResult::group).toList().containsAll(List.of(tags))) {
				total += Double.parseDouble(line.group(3));
			}
		}
		return total;
	}

	HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, json, "Content-Type", "application/json");
	}

	HttpResponse<String> send(String method, String path, String body, String... headers) {
		return send(this.port, method, path, body, headers);
	}

	/** A shopper who waits {@code patience} for an answer and then closes the connection: whether it gave up. */
	boolean gaveUpOn(String path, Duration patience, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(patience);
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return false;
		}
		catch (HttpTimeoutException ex) {
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The proxy did not answer GET " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(int port, String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The proxy did not answer " + method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.app.close();
		this.legacy.close();
		this.service.close();
	}

}
