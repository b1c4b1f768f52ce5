package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.stranglerfig.legacy.common.NotFoundException;
import dev.stranglerfig.legacy.notifications.NotificationService;
import dev.stranglerfig.legacy.notifications.NotificationTemplate;
import dev.stranglerfig.legacy.orders.Order;
import dev.stranglerfig.legacy.payments.PaymentGateway.CardCharge;
import dev.stranglerfig.legacy.payments.PaymentResponses.PaymentResponse;
import dev.stranglerfig.legacy.payments.PaymentResponses.RefundResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Card payments and refunds. The order flow charges and refunds through here, inside its own transaction. */
@Service
public class PaymentService {

	private final PaymentRepository payments;

	private final PaymentGateway gateway;

	private final NotificationService notifications;

	PaymentService(PaymentRepository payments, PaymentGateway gateway, NotificationService notifications) {
		this.payments = payments;
		this.gateway = gateway;
		this.notifications = notifications;
	}

	/** Charges the order's total to the card, or throws a 402 that rolls back the caller's whole order. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Payment charge(Order order, String cardToken) {
		CardCharge charge = this.gateway.charge(cardToken, order.getTotalAmount(), order.getCurrency());
		if (!charge.approved()) {
			throw new PaymentDeclinedException(order, charge.declineReason());
		}
		return this.payments.save(new Payment(order, charge.cardLast4(), charge.providerRef()));
	}

	@Transactional
	public void refund(Payment payment, BigDecimal amount, String reason) {
		issueRefund(payment, amount, reason);
	}

	/** Gives back whatever is left of every payment of the order (the order was cancelled). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refundInFull(Order order, String reason) {
		for (Payment payment : this.payments.findByOrderIdOrderById(order.getId())) {
			if (payment.getRefundableAmount().signum() > 0) {
				refund(payment, payment.getRefundableAmount(), reason);
			}
		}
	}

	@Transactional(readOnly = true)
	PaymentResponse get(Long id) {
		return PaymentResponse.of(find(id));
	}

	@Transactional(readOnly = true)
	List<PaymentResponse> paymentsOf(Long orderId) {
		return this.payments.findByOrderIdOrderById(orderId).stream().map(PaymentResponse::of).toList();
	}

	@Transactional
	RefundResponse refund(Long paymentId, PaymentRequests.NewRefund request) {
		return RefundResponse.of(issueRefund(find(paymentId), request.amount(), request.reason()));
	}

	private Refund issueRefund(Payment payment, BigDecimal amount, String reason) {
		Refund refund = payment.refund(amount, reason);
		this.payments.flush();
		this.notifications.enqueue(payment.getOrder().getUser(), NotificationTemplate.REFUND_ISSUED,
				Map.of("orderId", payment.getOrder().getId(), "amount", amount, "currency", payment.getCurrency()));
		return refund;
	}

	private Payment find(Long id) {
		return this.payments.findById(id).orElseThrow(() -> new NotFoundException("Payment", id));
	}

}
