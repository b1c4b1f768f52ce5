package dev.stranglerfig.legacy.catalog;

import java.math.BigDecimal;

/** One hit of the product search: catalog data plus the stock and rating figures joined in by SQL. */
record ProductListing(Long id, String sku, String name, BigDecimal price, String currency, String category,
		long availableQuantity, BigDecimal averageRating, int reviewCount) {

}
