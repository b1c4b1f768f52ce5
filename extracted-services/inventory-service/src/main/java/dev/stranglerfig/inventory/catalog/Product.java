package dev.stranglerfig.inventory.catalog;

/** What inventory needs to know of a catalog product: that it exists, and the SKU stock is shown under. */
public record Product(Long id, String sku) {
}
