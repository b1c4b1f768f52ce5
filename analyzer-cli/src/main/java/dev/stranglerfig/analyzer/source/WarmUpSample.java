package dev.stranglerfig.analyzer.source;

/** A Spring/JPA class with what the extractor reads most: annotations, relations, SQL, mappings, calls, lambdas. */
final class WarmUpSample {

	static final String FILE = "dev/acme/orders/OrderController.java";

	static final String SOURCE = """
			package dev.acme.orders;

			import java.math.BigDecimal;
			import java.util.List;

			import jakarta.persistence.*;
			import org.springframework.jdbc.core.JdbcTemplate;
			import org.springframework.transaction.annotation.Transactional;
			import org.springframework.web.bind.annotation.*;

			@RestController
			@RequestMapping("/api/orders")
			public class OrderController {

				private final OrderRepository orders;

				private final JdbcTemplate jdbc;

				public OrderController(OrderRepository orders, JdbcTemplate jdbc) {
					this.orders = orders;
					this.jdbc = jdbc;
				}

				@GetMapping("/{id}")
				public Order find(@PathVariable Long id) {
					return this.orders.findById(id).orElseThrow(() -> new IllegalArgumentException("no order " + id));
				}

				@PostMapping
				@Transactional
				public Order place(@RequestBody List<OrderLine> lines) {
					Order order = new Order();
					lines.forEach(line -> order.add(line.sku(), line.quantity()));
					this.jdbc.update("UPDATE stock SET reserved = reserved + ? WHERE sku = ?", lines.size(), "all");
					return this.orders.save(order);
				}

				public record OrderLine(String sku, int quantity) {
				}

				@Entity
				@Table(name = "orders")
				public static class Order {

					@Id
					@GeneratedValue(strategy = GenerationType.IDENTITY)
					private Long id;

					@ManyToOne(fetch = FetchType.LAZY)
					@JoinColumn(name = "customer_id")
					private Customer customer;

					@Column(name = "total_amount")
					private BigDecimal total = BigDecimal.ZERO;

					void add(String sku, int quantity) {
						if (quantity <= 0) {
							throw new IllegalStateException("quantity of " + sku + " must be positive");
						}
						this.total = this.total.add(BigDecimal.valueOf(quantity));
					}

				}

			}
			""";

	private WarmUpSample() {
	}

}
