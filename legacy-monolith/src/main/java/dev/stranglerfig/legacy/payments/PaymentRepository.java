package dev.stranglerfig.legacy.payments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

	List<Payment> findByOrderIdOrderById(Long orderId);

}
