package dev.stranglerfig.legacy.analytics;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesEventRepository extends JpaRepository<SalesEvent, Long> {

}
