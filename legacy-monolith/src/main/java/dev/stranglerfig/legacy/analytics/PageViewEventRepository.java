package dev.stranglerfig.legacy.analytics;

import org.springframework.data.jpa.repository.JpaRepository;

interface PageViewEventRepository extends JpaRepository<PageViewEvent, Long> {

}
