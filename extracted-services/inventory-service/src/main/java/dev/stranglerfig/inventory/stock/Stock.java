package dev.stranglerfig.inventory.stock;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.inventory.catalog.Catalog;
import dev.stranglerfig.inventory.catalog.Product;
import dev.stranglerfig.inventory.stock.StockResponses.InStockProducts;
import dev.stranglerfig.inventory.stock.StockResponses.ProductAvailability;
import dev.stranglerfig.inventory.stock.StockResponses.ProductStock;
import dev.stranglerfig.inventory.warehouse.Warehouse;
import dev.stranglerfig.inventory.warehouse.Warehouses;
import dev.stranglerfig.inventory.web.ConflictException;
import dev.stranglerfig.inventory.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stock per product and warehouse, as the back office and the storefront see it. The product comes from the
 * catalog (it exists, and stock is shown under its SKU); the catalog is asked before any transaction begins, so a
 * slow catalog never holds a database connection or a row lock.
 */
@Service
class Stock {

	private final StockLevelRepository levels;

	private final StockLevels changes;

	private final Warehouses warehouses;

	private final Catalog catalog;

	private final TransactionTemplate transactions;

	Stock(StockLevelRepository levels, StockLevels changes, Warehouses warehouses, Catalog catalog,
			TransactionTemplate transactions) {
		this.levels = levels;
		this.changes = changes;
		this.warehouses = warehouses;
		this.catalog = catalog;
		this.transactions = transactions;
	}

	ProductStock of(long productId) {
		Product product = product(productId);
		return ProductStock.of(product, this.levels.findByProduct(productId));
	}

	/**
	 * Checks in legacy's order (unknown product, then unknown warehouse, both 404), then sets the units on hand,
	 * creating the level if needed. On hand may not drop below what orders hold (409).
	 */
	ProductStock set(long productId, String warehouseCode, int quantityOnHand) {
		Product product = product(productId);
		return this.transactions.execute(status -> {
			Warehouse warehouse = this.warehouses.get(warehouseCode);
			this.levels.insertEmptyIfAbsent(productId, warehouse.id());
			StockLevel level = this.changes.lock(productId, warehouse.id());
			if (quantityOnHand < level.reserved()) {
				throw new ConflictException("stock-below-reserved", "Warehouse " + warehouse.code() + " has "
						+ level.reserved() + " units reserved; on hand cannot drop to " + quantityOnHand);
			}
			if (quantityOnHand != level.onHand()) {
				this.changes.change(level, quantityOnHand - level.onHand(), 0, StockChangeReason.SET, null);
			}
			return ProductStock.of(product, this.levels.findByProduct(productId));
		});
	}

	/** In the order asked, each product once; unknown products and products without stock answer 0. */
	List<ProductAvailability> availability(List<Long> productIds) {
		LinkedHashSet<Long> distinct = new LinkedHashSet<>(productIds);
		Map<Long, Long> available = this.levels.availableByProduct(distinct);
		return distinct.stream().map(id -> new ProductAvailability(id, available.getOrDefault(id, 0L))).toList();
	}

	InStockProducts inStock() {
		return new InStockProducts(this.levels.productIdsInStock());
	}

	private Product product(long productId) {
		return this.catalog.product(productId).orElseThrow(() -> new NotFoundException("Product", productId));
	}

}
