package dev.stranglerfig.legacy.catalog;

import dev.stranglerfig.legacy.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the category tree products are filed under. */
@Entity
@Table(name = "category")
public class Category extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, unique = true)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Category parent;

	protected Category() {
	}

	public Category(String name, String slug, Category parent) {
		this.name = name;
		this.slug = slug;
		this.parent = parent;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	public Category getParent() {
		return this.parent;
	}

}
