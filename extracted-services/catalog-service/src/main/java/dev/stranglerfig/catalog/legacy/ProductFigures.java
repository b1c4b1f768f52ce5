package dev.stranglerfig.catalog.legacy;

import java.math.BigDecimal;

/**
 * What the storefront shows next to a product that the catalog does not own: sellable units (inventory) and
 * the average rating with its review count (reviews).
 */
public record ProductFigures(long availableQuantity, BigDecimal averageRating, int reviewCount) {

	/** No stock and no reviews, rated 0.00 as legacy shows it: what a product has before anyone stocks or rates it. */
	public static final ProductFigures NONE = new ProductFigures(0, new BigDecimal("0.00"), 0);

}
