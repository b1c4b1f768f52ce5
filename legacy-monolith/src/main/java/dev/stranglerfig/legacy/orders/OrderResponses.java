package dev.stranglerfig.legacy.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Response bodies of the orders API. */
final class OrderResponses {

	private OrderResponses() {
	}

	record OrderResponse(Long id, Long userId, OrderStatus status, BigDecimal totalAmount, String currency,
			Long shippingAddressId, Instant placedAt, List<LineResponse> lines) {

		static OrderResponse of(Order order) {
			return new OrderResponse(order.getId(), order.getUser().getId(), order.getStatus(),
					order.getTotalAmount(), order.getCurrency(),
					(order.getShippingAddress() != null) ? order.getShippingAddress().getId() : null,
					order.getPlacedAt(), order.getLines().stream().map(LineResponse::of).toList());
		}

	}

	record LineResponse(Long productId, String sku, String productName, int quantity, BigDecimal unitPrice,
			BigDecimal lineTotal) {

		static LineResponse of(OrderLine line) {
			return new LineResponse(line.getProduct().getId(), line.getProduct().getSku(),
					line.getProduct().getName(), line.getQuantity(), line.getUnitPrice(), line.getLineTotal());
		}

	}

	record HistoryResponse(OrderStatus fromStatus, OrderStatus toStatus, String reason, Instant changedAt) {

		static HistoryResponse of(OrderStatusHistory change) {
			return new HistoryResponse(change.getFromStatus(), change.getToStatus(), change.getReason(),
					change.getChangedAt());
		}

	}

	/** A row of "my orders": read straight from the orders and catalog tables in one SQL join. */
	record UserOrderSummary(Long orderId, OrderStatus status, BigDecimal totalAmount, String currency,
			Instant placedAt, List<Item> items) {

		record Item(Long productId, String productName, int quantity) {
		}

	}

}
