package dev.stranglerfig.legacy.orders;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.legacy.common.PageResponse;
import dev.stranglerfig.legacy.common.Paging;
import dev.stranglerfig.legacy.orders.OrderResponses.HistoryResponse;
import dev.stranglerfig.legacy.orders.OrderResponses.OrderResponse;
import dev.stranglerfig.legacy.orders.OrderResponses.UserOrderSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderController {

	private final OrderService orderService;

	OrderController(OrderService orderService) {
		this.orderService = orderService;
	}

	@PostMapping("/api/orders")
	ResponseEntity<OrderResponse> place(@Valid @RequestBody OrderRequests.PlaceOrder request) {
		OrderResponse order = this.orderService.place(request);
		return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(order);
	}

	@GetMapping("/api/orders/{id}")
	OrderResponse get(@PathVariable Long id) {
		return this.orderService.get(id);
	}

	@PostMapping("/api/orders/{id}/cancel")
	OrderResponse cancel(@PathVariable Long id, @Valid @RequestBody OrderRequests.Cancel request) {
		return this.orderService.cancel(id, request.reason());
	}

	@GetMapping("/api/orders/{id}/history")
	List<HistoryResponse> history(@PathVariable Long id) {
		return this.orderService.history(id);
	}

	@GetMapping("/api/users/{userId}/orders")
	PageResponse<UserOrderSummary> ordersOfUser(@PathVariable Long userId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return PageResponse.of(this.orderService.ordersOf(userId, PageRequest.of(page, size)), summary -> summary);
	}

}
