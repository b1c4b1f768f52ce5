package dev.stranglerfig.legacy.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StockReservationRepository extends JpaRepository<StockReservation, Long> {

	@Query("select r from StockReservation r join fetch r.warehouse where r.orderId = ?1 order by r.id")
	List<StockReservation> findByOrder(Long orderId);

	@Query("select r from StockReservation r where r.orderId = ?1 and r.status = ?2 order by r.id")
	List<StockReservation> findByOrderAndStatus(Long orderId, ReservationStatus status);

}
