package dev.stranglerfig.inventory.stock;

import java.util.List;

import dev.stranglerfig.inventory.stock.StockResponses.InStockProducts;
import dev.stranglerfig.inventory.stock.StockResponses.ProductAvailability;
import dev.stranglerfig.inventory.stock.StockResponses.ProductStock;
import dev.stranglerfig.inventory.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** legacy's stock endpoints, with the same parameters, constraints and parameter names (they name errors). */
@RestController
@RequestMapping("/api/inventory")
class StockController {

	private final Stock stock;

	StockController(Stock stock) {
		this.stock = stock;
	}

	@GetMapping("/products/{productId}")
	ProductStock stock(@PathVariable Long productId) {
		return this.stock.of(productId);
	}

	@PutMapping("/products/{productId}/warehouses/{code}")
	ProductStock setStock(@PathVariable Long productId, @PathVariable String code,
			@Valid @RequestBody SetStock request) {
		return this.stock.set(productId, code, request.quantityOnHand());
	}

	/** Sellable units of many products in one read (catalog-service's product pages). */
	@GetMapping("/availability")
	List<ProductAvailability> availability(
			@RequestParam @NotEmpty @Size(max = Paging.MAX_SIZE) List<Long> productIds) {
		return this.stock.availability(productIds);
	}

	/** Every product with units to sell (catalog-service's inStock filter). */
	@GetMapping("/in-stock-products")
	InStockProducts inStockProducts() {
		return this.stock.inStock();
	}

	record SetStock(@NotNull @Min(0) Integer quantityOnHand) {
	}

}
