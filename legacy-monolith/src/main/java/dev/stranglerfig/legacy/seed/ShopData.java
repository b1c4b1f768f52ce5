package dev.stranglerfig.legacy.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic shop data. Every row is derived from the seed and its own index, so each table can be
 * streamed in its own pass and an order's lines, payment and shipment always agree.
 */
final class ShopData {

	static final List<String> CATEGORIES = List.of("Electronics", "Books", "Kitchen", "Garden", "Toys", "Sports",
			"Fashion", "Beauty", "Music", "Games", "Office", "Pets", "Tools", "Baby", "Grocery", "Automotive");

	static final List<String[]> WAREHOUSES = List.of(new String[] { "LON", "London DC", "London", "GB" },
			new String[] { "BER", "Berlin DC", "Berlin", "DE" }, new String[] { "NYC", "New Jersey DC", "Newark", "US" });

	static final String[] COUNTRIES = { "GB", "DE", "US", "FR", "NL" };

	private static final String[] ADJECTIVES = { "Classic", "Compact", "Deluxe", "Eco", "Ergonomic", "Handmade",
			"Modern", "Portable", "Premium", "Rustic", "Smart", "Vintage", "Wireless", "Heavy-duty", "Organic" };

	private static final String[] MATERIALS = { "Steel", "Oak", "Cotton", "Ceramic", "Bamboo", "Leather", "Glass",
			"Carbon", "Wool", "Copper" };

	private static final String[] NOUNS = { "Kettle", "Lamp", "Backpack", "Chair", "Speaker", "Notebook", "Mug",
			"Jacket", "Blender", "Headphones", "Planter", "Puzzle", "Racket", "Watch", "Scarf", "Drill", "Bowl" };

	private static final String[] FIRST_NAMES = { "Ada", "Alan", "Grace", "Linus", "Margaret", "Ken", "Barbara",
			"Dennis", "Frances", "Edsger", "Radia", "Guido", "Hedy", "Tim", "Sophie", "James", "Joan", "Niklaus" };

	private static final String[] LAST_NAMES = { "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Thompson",
			"Liskov", "Ritchie", "Allen", "Dijkstra", "Perlman", "Rossum", "Lamarr", "Berners-Lee", "Wilson", "Gosling" };

	private static final String[] STREETS = { "High Street", "Station Road", "Main Street", "Hauptstrasse",
			"Rue de la Paix", "Market Square", "Kerkstraat", "Church Lane" };

	private final long seed;

	private final int users;

	private final BigDecimal[] prices;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	ShopData(long seed, int users, int products) {
		this.seed = seed;
		this.users = users;
		this.prices = new BigDecimal[products + 1];
		SplittableRandom random = random(1, 0);
		for (int id = 1; id <= products; id++) {
			this.prices[id] = BigDecimal.valueOf(99 + random.nextInt(99_900), 2);
		}
	}

	SplittableRandom random(int table, long index) {
		return new SplittableRandom(this.seed * 1_000_003L + table * 7_919L + index * 104_729L);
	}

	int products() {
		return this.prices.length - 1;
	}

	BigDecimal price(long productId) {
		return this.prices[(int) productId];
	}

	long categoryOf(long productId) {
		return 1 + (productId - 1) % CATEGORIES.size();
	}

	String productName(long productId) {
		SplittableRandom random = random(2, productId);
		return ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + MATERIALS[random.nextInt(MATERIALS.length)] + " "
				+ NOUNS[random.nextInt(NOUNS.length)];
	}

	String fullName(long userId) {
		SplittableRandom random = random(3, userId);
		return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
	}

	String country(long userId) {
		return COUNTRIES[(int) (userId % COUNTRIES.length)];
	}

	String street(long userId) {
		return (1 + userId % 200) + " " + STREETS[(int) (userId % STREETS.length)];
	}

	Order order(long orderId) {
		SplittableRandom random = random(4, orderId);
		long userId = 1 + random.nextInt(this.users);
		Instant placedAt = this.now.minus(Duration.ofMinutes(3 * 24 * 60 + random.nextLong(365L * 24 * 60)));
		boolean cancelled = random.nextInt(10) == 0;
		int lineCount = 1 + random.nextInt(Math.min(4, products()));
		List<Line> lines = new ArrayList<>(lineCount);
		long firstProduct = 1 + random.nextInt(products());
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < lineCount; i++) {
			long productId = 1 + (firstProduct - 1 + i * 7L) % products();
			int quantity = 1 + random.nextInt(3);
			BigDecimal lineTotal = price(productId).multiply(BigDecimal.valueOf(quantity));
			lines.add(new Line(productId, quantity, price(productId), lineTotal));
			total = total.add(lineTotal);
		}
		return new Order(orderId, userId, cancelled ? "CANCELLED" : "DELIVERED", placedAt, lines,
				total.setScale(2, RoundingMode.UNNECESSARY));
	}

	record Order(long id, long userId, String status, Instant placedAt, List<Line> lines, BigDecimal total) {

		boolean cancelled() {
			return "CANCELLED".equals(this.status);
		}

		Instant shippedAt() {
			return this.placedAt.plus(Duration.ofHours(20));
		}

		Instant deliveredAt() {
			return this.placedAt.plus(Duration.ofHours(52));
		}

	}

	record Line(long productId, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
	}

}
