package dev.stranglerfig.legacy.orders;

import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.analytics.AnalyticsService;
import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.catalog.ProductRepository;
import dev.stranglerfig.legacy.common.ConflictException;
import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.common.UnknownReferenceException;
import dev.stranglerfig.legacy.inventory.StockReservations;
import dev.stranglerfig.legacy.inventory.StockReservations.ReservationLine;
import dev.stranglerfig.legacy.notifications.NotificationService;
import dev.stranglerfig.legacy.notifications.NotificationTemplate;
import dev.stranglerfig.legacy.orders.OrderResponses.HistoryResponse;
import dev.stranglerfig.legacy.orders.OrderResponses.OrderResponse;
import dev.stranglerfig.legacy.orders.OrderResponses.UserOrderSummary;
import dev.stranglerfig.legacy.payments.PaymentService;
import dev.stranglerfig.legacy.shipping.ShippingService;
import dev.stranglerfig.legacy.users.Address;
import dev.stranglerfig.legacy.users.User;
import dev.stranglerfig.legacy.users.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkout and after-sales. Placing an order calls users, catalog, inventory, payments, shipping, notifications
 * and analytics directly, all in one database transaction: a declined card rolls every one of them back.
 */
@Service
class OrderService {

	private final OrderRepository orders;

	private final UserOrderQueries userOrders;

	private final UserService users;

	private final ProductRepository products;

	private final StockReservations stock;

	private final PaymentService payments;

	private final ShippingService shipping;

	private final NotificationService notifications;

	private final AnalyticsService analytics;

	OrderService(OrderRepository orders, UserOrderQueries userOrders, UserService users, ProductRepository products,
			StockReservations stock, PaymentService payments, ShippingService shipping,
			NotificationService notifications, AnalyticsService analytics) {
		this.orders = orders;
		this.userOrders = userOrders;
		this.users = users;
		this.products = products;
		this.stock = stock;
		this.payments = payments;
		this.shipping = shipping;
		this.notifications = notifications;
		this.analytics = analytics;
	}

	@Transactional
	OrderResponse place(OrderRequests.PlaceOrder request) {
		User customer = customer(request.userId());
		Address address = shippingAddress(customer, request.shippingAddressId());
		List<Product> lineProducts = request.lines().stream().map(line -> productForSale(line.productId())).toList();
		Order order = new Order(customer, address, currencyOf(lineProducts));
		for (int i = 0; i < lineProducts.size(); i++) {
			order.addLine(lineProducts.get(i), request.lines().get(i).quantity());
		}
		this.orders.save(order);

		this.stock.reserve(order.getId(),
				order.getLines()
					.stream()
					.map(line -> new ReservationLine(line.getProduct().getId(), line.getProduct().getSku(),
							line.getQuantity()))
					.toList());
		this.payments.charge(order, request.cardToken());
		order.markPaid();
		this.shipping.createShipment(order, address);
		this.notifications.enqueue(customer, NotificationTemplate.ORDER_CONFIRMATION, Map.of("orderId",
				order.getId(), "total", order.getTotalAmount(), "currency", order.getCurrency()));
		for (OrderLine line : order.getLines()) {
			this.analytics.recordSale(order.getId(), line.getProduct().getId(), line.getQuantity(),
					line.getLineTotal());
		}
		return OrderResponse.of(order);
	}

	@Transactional(readOnly = true)
	OrderResponse get(Long id) {
		return OrderResponse.of(find(id));
	}

	@Transactional
	OrderResponse cancel(Long id, String reason) {
		Order order = find(id);
		if (!order.isCancellable()) {
			throw new OrderNotCancellableException(order);
		}
		this.stock.release(order.getId());
		this.payments.refundInFull(order, "Order cancelled: " + reason);
		this.shipping.cancel(order);
		order.cancel(reason);
		this.notifications.enqueue(order.getUser(), NotificationTemplate.ORDER_CANCELLED,
				Map.of("orderId", order.getId(), "reason", reason));
		return OrderResponse.of(order);
	}

	@Transactional(readOnly = true)
	List<HistoryResponse> history(Long id) {
		return find(id).getHistory().stream().map(HistoryResponse::of).toList();
	}

	@Transactional(readOnly = true)
	Page<UserOrderSummary> ordersOf(Long userId, Pageable pageable) {
		this.users.getUser(userId);
		return this.userOrders.ordersOf(userId, pageable);
	}

	private Order find(Long id) {
		return this.orders.findById(id).orElseThrow(() -> new NotFoundException("Order", id));
	}

	private User customer(Long userId) {
		try {
			return this.users.getActiveUser(userId);
		}
		catch (NotFoundException ex) {
			throw new UnknownReferenceException("userId", "User", userId);
		}
	}

	private Address shippingAddress(User customer, Long addressId) {
		try {
			return this.users.getAddressOf(customer, addressId);
		}
		catch (NotFoundException ex) {
			throw new UnknownReferenceException("shippingAddressId", "Address", addressId);
		}
	}

	private Product productForSale(Long productId) {
		Product product = this.products.findById(productId)
			.orElseThrow(() -> new UnknownReferenceException("lines.productId", "Product", productId));
		if (!product.isActive()) {
			throw new ProductUnavailableException(product);
		}
		return product;
	}

	private static String currencyOf(List<Product> lineProducts) {
		List<String> currencies = lineProducts.stream().map(Product::getCurrency).distinct().toList();
		if (currencies.size() > 1) {
			throw new ConflictException("mixed-currencies", "An order is paid in one currency, not " + currencies);
		}
		return currencies.get(0);
	}

}
