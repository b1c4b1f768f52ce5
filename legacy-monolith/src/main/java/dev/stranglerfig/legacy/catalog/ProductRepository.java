package dev.stranglerfig.legacy.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

	boolean existsBySku(String sku);

	@Query("select p from Product p left join fetch p.category where p.id = ?1")
	Optional<Product> findWithCategoryById(Long id);

}
