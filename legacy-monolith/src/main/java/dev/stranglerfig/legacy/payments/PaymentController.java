package dev.stranglerfig.legacy.payments;

import java.net.URI;
import java.util.List;

import dev.stranglerfig.legacy.payments.PaymentResponses.PaymentResponse;
import dev.stranglerfig.legacy.payments.PaymentResponses.RefundResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
class PaymentController {

	private final PaymentService paymentService;

	PaymentController(PaymentService paymentService) {
		this.paymentService = paymentService;
	}

	@GetMapping("/{id}")
	PaymentResponse get(@PathVariable Long id) {
		return this.paymentService.get(id);
	}

	@GetMapping
	List<PaymentResponse> paymentsOfOrder(@RequestParam Long orderId) {
		return this.paymentService.paymentsOf(orderId);
	}

	@PostMapping("/{id}/refunds")
	ResponseEntity<RefundResponse> refund(@PathVariable Long id,
			@Valid @RequestBody PaymentRequests.NewRefund request) {
		RefundResponse refund = this.paymentService.refund(id, request);
		// Refunds have no resource of their own: they are listed on their payment.
		return ResponseEntity.created(URI.create("/api/payments/" + id)).body(refund);
	}

}
