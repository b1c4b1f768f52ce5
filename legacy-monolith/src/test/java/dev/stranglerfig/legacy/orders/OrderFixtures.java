package dev.stranglerfig.legacy.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.ShopApi;
import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Products, stock, customers and orders for the order-flow tests. Products go straight into the repository
 * (the catalog API is another team's); everything else goes through the public API.
 */
public final class OrderFixtures {

	public static final String APPROVED_CARD = "tok_visa_4242";

	public static final String DECLINED_CARD = "tok_decline_insufficient_funds";

	private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY = //
			new ParameterizedTypeReference<>() {
			};

	private final RestTestClient http;

	private final ShopApi shop;

	private final ProductRepository products;

	public OrderFixtures(RestTestClient http, ShopApi shop, ProductRepository products) {
		this.http = http;
		this.shop = shop;
		this.products = products;
	}

	/** A JSON array answered with 200. */
	public List<Map<String, Object>> list(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_ARRAY)
			.returnResult()
			.getResponseBody();
	}

	/** A registered shopper with a default address in London. */
	public record Customer(long userId, long addressId) {
	}

	public Customer customer() {
		long userId = this.shop.registerUser();
		return new Customer(userId, this.shop.addAddress(userId));
	}

	public long product(String price) {
		return this.products
			.save(new Product(ShopApi.unique("SKU"), ShopApi.unique("Product"), "A test product", new BigDecimal(price),
					"EUR", null))
			.getId();
	}

	public String warehouse() {
		String code = ShopApi.unique("W");
		this.shop.post("/api/warehouses", Map.of("code", code, "name", "Warehouse " + code, "city", "Leeds",
				"country", "GB"), 201);
		return code;
	}

	public Map<String, Object> stock(long productId, String warehouseCode, int quantityOnHand) {
		return this.shop.put("/api/inventory/products/" + productId + "/warehouses/" + warehouseCode,
				Map.of("quantityOnHand", quantityOnHand), 200);
	}

	/** A product with {@code quantity} units in a warehouse of its own. */
	public long stockedProduct(String price, int quantity) {
		long productId = product(price);
		stock(productId, warehouse(), quantity);
		return productId;
	}

	public Map<String, Object> orderBody(Customer customer, String cardToken, long productId, int quantity) {
		return Map.of("userId", customer.userId(), "shippingAddressId", customer.addressId(), "cardToken", cardToken,
				"lines", List.of(Map.of("productId", productId, "quantity", quantity)));
	}

	/** Places a paid order for one line and returns it. */
	public Map<String, Object> placeOrder(Customer customer, long productId, int quantity) {
		return this.shop.post("/api/orders", orderBody(customer, APPROVED_CARD, productId, quantity), 201);
	}

	public Map<String, Object> stockOf(long productId) {
		return this.shop.get("/api/inventory/products/" + productId, 200);
	}

	/** The templates of the messages queued for the customer, oldest first. */
	public List<Object> templatesSentTo(Customer customer) {
		List<?> content = (List<?>) this.shop.get("/api/notifications?userId=" + customer.userId(), 200)
			.get("content");
		return content.stream().map(n -> (Object) ((Map<?, ?>) n).get("template")).toList();
	}

	/** The fields a validation problem names. */
	public static List<Object> fieldsIn(Map<String, Object> problem) {
		return ((List<?>) problem.get("errors")).stream().map(e -> (Object) ((Map<?, ?>) e).get("field")).toList();
	}

	public static BigDecimal money(Object jsonNumber) {
		return new BigDecimal(jsonNumber.toString());
	}

	public static int intOf(Map<String, Object> body, String field) {
		return ((Number) body.get(field)).intValue();
	}

}
