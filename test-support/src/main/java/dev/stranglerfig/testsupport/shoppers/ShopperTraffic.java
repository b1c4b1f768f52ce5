package dev.stranglerfig.testsupport.shoppers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * Shoppers (and a few merchants) using the shop through its public URLs only, each with a stable id sent as the
 * {@code SESSION} cookie, as a browser would: browsing, searching, registering, editing profiles, ordering,
 * reviewing, changing prices. Every request and every acknowledged write is logged, and the phase the migration
 * was in, so a test can check afterwards that no shopper saw an error the migration caused, that each stayed on one
 * side per phase, and that every write exists exactly once.
 *
 * <pre>
 * try (ShopperTraffic traffic = ShopperTraffic.start(URI.create("http://localhost:8080"), ShopperTraffic.Settings.defaults())) {
 *     traffic.phase("shadow");
 *     ...
 *     TrafficReport report = traffic.stop();
 * }
 * </pre>
 */
public final class ShopperTraffic implements AutoCloseable {

	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private static final int MERCHANT_SLOWER = 10;

	private final TrafficLog log;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running = true;

	/**
	 * @param shoppers how many shoppers
	 * @param merchants how many merchants
	 * @param thinkTime the mean pause between two steps of one shopper (each pause is 0.5 to 1.5 times it); merchants
	 * pause ten times longer
	 * @param seed makes each actor's choices repeatable
	 * @param run tells this run's accounts and products apart from earlier runs' on the same database
	 */
	public record Settings(int shoppers, int merchants, Duration thinkTime, long seed, String run) {

		public static Settings defaults() {
			return new Settings(12, 2, Duration.ofMillis(100), 42,
					Long.toString(System.currentTimeMillis(), 36));
		}

		public Settings withShoppers(int shoppers, int merchants) {
			return new Settings(shoppers, merchants, this.thinkTime, this.seed, this.run);
		}

		public Settings withThinkTime(Duration thinkTime) {
			return new Settings(this.shoppers, this.merchants, thinkTime, this.seed, this.run);
		}

	}

	private ShopperTraffic(TrafficLog log) {
		this.log = log;
	}

	/** Looks at the shop's products once, then lets the actors loose; each runs on its own thread until stopped. */
	public static ShopperTraffic start(URI shop, Settings settings) throws InterruptedException {
		TrafficLog log = new TrafficLog("start");
		ShopClient client = new ShopClient(shop, log);
		ShopClient.Answer listing = client.send("setup", "GET", "GET /api/products", "/api/products?inStock=true&size=100",
				null, Set.of());
		List<Long> products = new ArrayList<>();
		Set<String> words = new LinkedHashSet<>();
		for (JsonNode product : listing.body().path("content")) {
			products.add(product.path("id").asLong());
			for (String word : product.path("name").asString("").toLowerCase(Locale.ROOT).split("[^a-z]+")) {
				if (word.length() >= 4) {
					words.add(word);
				}
			}
		}
		if (products.isEmpty()) {
			throw new IllegalStateException("the shop at " + shop + " lists no product in stock (status "
					+ listing.status() + "); shoppers need a seeded shop");
		}
		ShopperTraffic traffic = new ShopperTraffic(log);
		Random seeds = new Random(settings.seed());
		List<Actor> actors = new ArrayList<>();
		for (int i = 1; i <= settings.shoppers(); i++) {
			actors.add(new Shopper(String.format("shopper-%03d", i), settings.run(), client, log, seeds.nextLong(),
					List.copyOf(products), List.copyOf(words)));
		}
		for (int i = 1; i <= settings.merchants(); i++) {
			actors.add(new Merchant(String.format("merchant-%02d", i), settings.run(), client, log, seeds.nextLong(),
					List.copyOf(products)));
		}
		for (Actor actor : actors) {
			// A merchant edits a product now and then, not ten times a second: shops are read far more than written.
			Duration pause = (actor instanceof Merchant) ? settings.thinkTime().multipliedBy(MERCHANT_SLOWER)
					: settings.thinkTime();
			Thread thread = new Thread(() -> traffic.play(actor, pause), actor.id());
			thread.setDaemon(true);
			traffic.threads.add(thread);
			thread.start();
		}
		return traffic;
	}

	private void play(Actor actor, Duration thinkTime) {
		try {
			while (this.running) {
				actor.act();
				// Pacing like a person's, not synchronisation: the actor's next step simply comes later.
				Thread.sleep((long) (thinkTime.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Marks that a move has begun: until the next {@link #phase(String)} either side may serve a request (the
	 * proxy switches before the operator's call returns), so requests made meanwhile count for neither phase.
	 */
	public void moving() {
		this.log.leave();
	}

	/**
	 * Marks the phase the migration is in from now on; requests in flight across the change, or made during the
	 * move, count for neither.
	 */
	public void phase(String label) {
		this.log.enter(label);
	}

	/** What happened so far, while the traffic goes on. */
	public TrafficReport sofar() {
		return this.log.report();
	}

	/** Lets every actor finish its current step, then reports everything. */
	public TrafficReport stop() throws InterruptedException {
		this.running = false;
		long deadline = System.nanoTime() + STOP_WAIT.toNanos();
		for (Thread thread : this.threads) {
			thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			if (thread.isAlive()) {
				thread.interrupt();
			}
		}
		return this.log.report();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.running) {
			stop();
		}
	}

}
