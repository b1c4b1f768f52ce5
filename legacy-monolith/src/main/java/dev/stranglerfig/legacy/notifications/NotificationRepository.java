package dev.stranglerfig.legacy.notifications;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query("select n from Notification n where (?1 is null or n.user.id = ?1) and (?2 is null or n.status = ?2)")
	Page<Notification> search(Long userId, NotificationStatus status, Pageable pageable);

	List<Notification> findTop100ByStatusOrderByIdAsc(NotificationStatus status);

}
