package dev.stranglerfig.legacy.inventory;

import java.util.Comparator;
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
import dev.stranglerfig.legacy.orders.Order;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warehouses, stock levels and the reservations orders hold. The order flow calls {@link #reserve},
 * {@link #release} and {@link #ship} directly, inside the order's transaction.
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

	/**
	 * Holds {@code quantity} units of the product for the order, taking from the warehouses with most available
	 * first and splitting across them when one is not enough.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(Order order, Product product, int quantity) {
		List<StockItem> stock = this.stockItems.lockByProduct(product.getId());
		int available = stock.stream().mapToInt(StockItem::available).sum();
		if (available < quantity) {
			throw new InsufficientStockException(product, quantity, available);
		}
		List<StockItem> mostAvailableFirst = stock.stream()
			.sorted(Comparator.comparingInt(StockItem::available).reversed())
			.toList();
		int missing = quantity;
		for (StockItem item : mostAvailableFirst) {
			int taken = Math.min(missing, item.available());
			if (taken > 0) {
				item.reserve(taken);
				this.reservations.save(new StockReservation(order, item, taken));
				missing -= taken;
			}
		}
	}

	/** Puts the order's held units back on sale (the order was cancelled). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(Order order) {
		settle(order, ReservationStatus.RELEASED);
	}

	/** The order's held units left the warehouses with the parcel. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void ship(Order order) {
		settle(order, ReservationStatus.SHIPPED);
	}

	private void settle(Order order, ReservationStatus outcome) {
		for (StockReservation reservation : this.reservations.findByOrderAndStatus(order.getId(),
				ReservationStatus.HELD)) {
			StockItem item = this.stockItems
				.lockByProductAndWarehouse(reservation.getProduct().getId(), reservation.getWarehouse().getId())
				.orElseThrow();
			if (outcome == ReservationStatus.SHIPPED) {
				item.ship(reservation.getQuantity());
			}
			else {
				item.release(reservation.getQuantity());
			}
			reservation.changeStatus(outcome);
		}
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
