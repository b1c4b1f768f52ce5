package dev.stranglerfig.inventory.warehouse;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WarehouseRepository {

	private static final String COLUMNS = "id, code, name, city, country, created_at, updated_at";

	private final JdbcClient jdbc;

	WarehouseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Warehouse> findAllByCode() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM warehouse ORDER BY code").query(Warehouse.class).list();
	}

	Optional<Warehouse> findByCode(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM warehouse WHERE code = ?")
			.param(code)
			.query(Warehouse.class)
			.optional();
	}

	boolean existsByCode(String code) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM warehouse WHERE code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	Warehouse insert(WarehouseRequests.NewWarehouse request) {
		return this.jdbc.sql("INSERT INTO warehouse (code, name, city, country, created_at, updated_at) "
				+ "VALUES (:code, :name, :city, :country, now(), now()) RETURNING " + COLUMNS)
			.param("code", request.code())
			.param("name", request.name())
			.param("city", request.city())
			.param("country", request.country())
			.query(Warehouse.class)
			.single();
	}

}
