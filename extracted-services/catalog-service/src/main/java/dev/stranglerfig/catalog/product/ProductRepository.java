package dev.stranglerfig.catalog.product;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

	private static final String SELECT = """
			SELECT p.id, p.sku, p.name, p.description, p.price_minor, p.currency, p.category_id,
			       c.name AS category_name, c.slug AS category_slug, p.active, p.created_at, p.updated_at
			FROM product p LEFT JOIN category c ON c.id = p.category_id
			""";

	private final JdbcClient jdbc;

	ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Product> findById(long id) {
		return this.jdbc.sql(SELECT + "WHERE p.id = ?").param(id).query(Product.class).optional();
	}

	/** The price as it is now, locking the row until the transaction ends so the change event's old price is true. */
	Optional<Price> lockPrice(long id) {
		return this.jdbc.sql("SELECT price_minor, currency FROM product WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Price.class)
			.optional();
	}

	boolean existsBySku(String sku) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM product WHERE sku = ?)")
			.param(sku)
			.query(Boolean.class)
			.single();
	}

	long insert(ProductRequests.NewProduct product) {
		return this.jdbc.sql("""
				INSERT INTO product (sku, name, description, price_minor, currency, category_id, active,
				                     created_at, updated_at)
				VALUES (:sku, :name, :description, :priceMinor, :currency, :categoryId, true, now(), now())
				RETURNING id
				""")
			.param("sku", product.sku())
			.param("name", product.name())
			.param("description", product.description())
			.param("priceMinor", Prices.toMinor(product.price()))
			.param("currency", product.currencyOrDefault())
			.param("categoryId", product.categoryId())
			.query(Long.class)
			.single();
	}

	void update(long id, ProductRequests.UpdateProduct product) {
		this.jdbc.sql("""
				UPDATE product SET name = :name, description = :description, price_minor = :priceMinor,
				                   category_id = :categoryId, active = :active, updated_at = now()
				WHERE id = :id
				""")
			.param("id", id)
			.param("name", product.name())
			.param("description", product.description())
			.param("priceMinor", Prices.toMinor(product.price()))
			.param("categoryId", product.categoryId())
			.param("active", product.active())
			.update();
	}

	record Price(long priceMinor, String currency) {
	}

}
