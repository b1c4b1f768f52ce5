package dev.stranglerfig.legacy.inventory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarehouseRepository extends JpaRepository<Warehouse, Long> {

	Optional<Warehouse> findByCode(String code);

	boolean existsByCode(String code);

}
