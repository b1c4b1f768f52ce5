package dev.stranglerfig.legacy.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Response bodies of the payments API. */
final class PaymentResponses {

	private PaymentResponses() {
	}

	record PaymentResponse(Long id, Long orderId, BigDecimal amount, BigDecimal refundedAmount, String currency,
			PaymentStatus status, String cardLast4, String providerRef, Instant createdAt,
			List<RefundResponse> refunds) {

		static PaymentResponse of(Payment payment) {
			return new PaymentResponse(payment.getId(), payment.getOrder().getId(), payment.getAmount(),
					payment.getRefundedAmount(), payment.getCurrency(), payment.getStatus(), payment.getCardLast4(),
					payment.getProviderRef(), payment.getCreatedAt(),
					payment.getRefunds().stream().map(RefundResponse::of).toList());
		}

	}

	record RefundResponse(Long id, Long paymentId, BigDecimal amount, String reason, Instant createdAt) {

		static RefundResponse of(Refund refund) {
			return new RefundResponse(refund.getId(), refund.getPayment().getId(), refund.getAmount(),
					refund.getReason(), refund.getCreatedAt());
		}

	}

}
