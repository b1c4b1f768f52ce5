package dev.stranglerfig.legacy.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.common.ConflictException;
import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.inventory.InventoryResponses.InStockProducts;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ProductAvailability;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ProductStock;
import dev.stranglerfig.legacy.inventory.InventoryResponses.ReservationResponse;
import dev.stranglerfig.legacy.inventory.InventoryResponses.WarehouseResponse;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warehouses, stock levels and the reservations orders hold, as the inventory API shows them. The order flow
 * reserves, releases and ships through {@link StockReservations} instead.
 */
@Service
public class InventoryService {

	private final WarehouseRepository warehouses;

	private final StockItemRepository stockItems;

	private final StockReservationRepository reservations;

	private final ProductRepository products;

	InventoryService(WarehouseRepository warehouses, StockItemRepository stockItems,
			StockReservationRepository reservations, ProductRepository products) {
		this.warehouses = warehouses;
		this.stockItems = stockItems;
		this.reservations = reservations;
		this.products = products;
	}

	@Transactional(readOnly = true)
	List<WarehouseResponse> listWarehouses() {
		return this.warehouses.findAll(Sort.by("code")).stream().map(WarehouseResponse::of).toList();
	}

	@Transactional
	WarehouseResponse createWarehouse(InventoryRequests.NewWarehouse request) {
		if (this.warehouses.existsByCode(request.code())) {
			throw new ConflictException("duplicate-warehouse", "A warehouse with code " + request.code() + " exists");
		}
		Warehouse warehouse = this.warehouses
			.saveAndFlush(new Warehouse(request.code(), request.name(), request.city(), request.country()));
		return WarehouseResponse.of(warehouse);
	}

	@Transactional(readOnly = true)
	WarehouseResponse getWarehouse(String code) {
		return WarehouseResponse.of(warehouse(code));
	}

	@Transactional(readOnly = true)
	ProductStock stockOf(Long productId) {
		Product product = getProduct(productId);
		return ProductStock.of(product, this.stockItems.findByProduct(productId));
	}

	@Transactional
	ProductStock setStock(Long productId, String warehouseCode, int quantityOnHand) {
		Product product = getProduct(productId);
		Warehouse warehouse = warehouse(warehouseCode);
		StockItem item = this.stockItems.lockByProductAndWarehouse(productId, warehouse.getId())
			.orElseGet(() -> new StockItem(product, warehouse));
		item.setOnHand(quantityOnHand);
		this.stockItems.saveAndFlush(item);
		return ProductStock.of(product, this.stockItems.findByProduct(productId));
	}

	/** In the order asked, each product once; unknown products and products without stock answer 0. */
	@Transactional(readOnly = true)
	List<ProductAvailability> availabilityOf(List<Long> productIds) {
		LinkedHashSet<Long> distinct = new LinkedHashSet<>(productIds);
		Map<Long, Long> available = this.stockItems.availableByProduct(distinct)
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
		return distinct.stream()
			.map(id -> new ProductAvailability(id, available.getOrDefault(id, 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	InStockProducts inStockProducts() {
		return new InStockProducts(this.stockItems.productIdsInStock());
	}

	@Transactional(readOnly = true)
	List<ReservationResponse> reservationsOf(Long orderId) {
		return this.reservations.findByOrder(orderId).stream().map(ReservationResponse::of).toList();
	}

	private Warehouse warehouse(String code) {
		return this.warehouses.findByCode(code).orElseThrow(() -> new NotFoundException("Warehouse", code));
	}

	private Product getProduct(Long productId) {
		return this.products.findById(productId).orElseThrow(() -> new NotFoundException("Product", productId));
	}

}
