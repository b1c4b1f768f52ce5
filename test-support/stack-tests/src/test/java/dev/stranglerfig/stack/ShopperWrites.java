package dev.stranglerfig.stack;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.stranglerfig.stack.HandoverStack.App;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shoppers editing their profiles and adding addresses through the proxy replicas, each writer on users of its own
 * and in turn on every replica, remembering what each acknowledged answer said.
 */
final class ShopperWrites implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** The last full name acknowledged per user id: each user has one writer, so that is its final value. */
	final Map<Long, String> lastName = new ConcurrentHashMap<>();

	/** Address ids the proxies answered 201 for, with their user. */
	final Map<Long, Long> addresses = new ConcurrentHashMap<>();

	/** Every answer that was not 2xx. */
	final List<HttpResponse<String>> failures = new CopyOnWriteArrayList<>();

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final ExecutorService threads;

	private final List<Future<?>> running = new CopyOnWriteArrayList<>();

	/** @param users the user ids to write to, split between the writers */
	ShopperWrites(List<App> proxies, List<Long> users, int writers) {
		this.threads = Executors.newFixedThreadPool(writers);
		for (int writer = 0; writer < writers; writer++) {
			int number = writer;
			List<Long> own = users.stream().filter(id -> id % writers == number).toList();
			this.running.add(this.threads.submit(() -> write(proxies, own, number)));
		}
	}

	int acknowledged() {
		return this.lastName.size() + this.addresses.size();
	}

	private Void write(List<App> proxies, List<Long> users, int writer) throws Exception {
		for (long i = 0; this.writing.get(); i++) {
			App proxy = proxies.get((int) (i % proxies.size()));
			long user = users.get((int) (i % users.size()));
			if (i % 5 == 4) {
				HttpResponse<String> created = HandoverStack.send(post(proxy, "/api/users/" + user + "/addresses",
						"{\"label\":\"w" + writer + "-" + i + "\",\"line1\":\"1 Main St\",\"city\":\"Springfield\","
								+ "\"postalCode\":\"12345\",\"country\":\"US\",\"isDefault\":false}"));
				if (created.statusCode() == 201) {
					this.addresses.put(json.readTree(created.body()).get("id").asLong(), user);
				}
				else {
					this.failures.add(created);
				}
				continue;
			}
			String name = "Writer " + writer + " edit " + i;
			HttpResponse<String> edited = HandoverStack.send(HttpRequest.newBuilder(proxy.uri("/api/users/" + user))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"fullName\":\"" + name + "\",\"marketingOptIn\":false}")));
			if (edited.statusCode() == 200) {
				this.lastName.put(user, name);
			}
			else {
				this.failures.add(edited);
			}
		}
		return null;
	}

	static HttpRequest.Builder post(App proxy, String path, String body) {
		return HttpRequest.newBuilder(proxy.uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	@Override
	public void close() throws Exception {
		this.writing.set(false);
		this.threads.shutdown();
		assertThat(this.threads.awaitTermination(30, TimeUnit.SECONDS)).as("writers finished").isTrue();
		for (Future<?> writer : this.running) {
			writer.get();
		}
	}

}
