package dev.stranglerfig.catalog.product;

import java.math.BigDecimal;

import dev.stranglerfig.catalog.legacy.ProductFigures;

/** One hit of the product search, legacy's JSON: catalog data plus stock and rating figures, flat. */
record ProductListing(Long id, String sku, String name, BigDecimal price, String currency, String category,
		long availableQuantity, BigDecimal averageRating, int reviewCount) {

	static ProductListing of(ProductSearch.Hit hit, ProductFigures figures) {
		return new ProductListing(hit.id(), hit.sku(), hit.name(), Prices.fromMinor(hit.priceMinor()), hit.currency(),
				hit.category(), figures.availableQuantity(), figures.averageRating(), figures.reviewCount());
	}

}
