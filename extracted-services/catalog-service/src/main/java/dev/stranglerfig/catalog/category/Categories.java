package dev.stranglerfig.catalog.category;

import java.util.List;

import dev.stranglerfig.catalog.web.ConflictException;
import dev.stranglerfig.catalog.web.NotFoundException;
import dev.stranglerfig.catalog.web.UnknownReferenceException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree. Products use {@link #requireReference} to check the category a request names. */
@Service
public class Categories {

	private final CategoryRepository categories;

	Categories(CategoryRepository categories) {
		this.categories = categories;
	}

	@Transactional(readOnly = true)
	List<Category> list() {
		return this.categories.findAll();
	}

	@Transactional(readOnly = true)
	Category get(long id) {
		return this.categories.findById(id).orElseThrow(() -> new NotFoundException("Category", id));
	}

	/** Checks in the same order as legacy: the duplicate slug (409) before an unknown parent (400). */
	@Transactional
	Category create(CategoryRequests.NewCategory request) {
		if (this.categories.existsBySlug(request.slug())) {
			throw new ConflictException("duplicate-slug", "A category with slug " + request.slug() + " already exists");
		}
		requireReference(request.parentId(), "parentId");
		return this.categories.insert(request.name(), request.slug(), request.parentId());
	}

	/** A request body's category reference: {@code null} is fine, an unknown id is the client's mistake (400). */
	public void requireReference(Long id, String field) {
		if (id != null && this.categories.findById(id).isEmpty()) {
			throw new UnknownReferenceException(field, "Category", id);
		}
	}

}
