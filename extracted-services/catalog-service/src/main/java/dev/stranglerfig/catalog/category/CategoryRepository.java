package dev.stranglerfig.catalog.category;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

	private static final String COLUMNS = "id, name, slug, parent_id, created_at, updated_at";

	private final JdbcClient jdbc;

	CategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY id").query(Category.class).list();
	}

	Optional<Category> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE id = ?")
			.param(id)
			.query(Category.class)
			.optional();
	}

	boolean existsBySlug(String slug) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM category WHERE slug = ?)")
			.param(slug)
			.query(Boolean.class)
			.single();
	}

	Category insert(String name, String slug, Long parentId) {
		return this.jdbc.sql("INSERT INTO category (name, slug, parent_id, created_at, updated_at) "
				+ "VALUES (:name, :slug, :parentId, now(), now()) RETURNING " + COLUMNS)
			.param("name", name)
			.param("slug", slug)
			.param("parentId", parentId)
			.query(Category.class)
			.single();
	}

}
