package dev.stranglerfig.legacy.reviews;

import dev.stranglerfig.legacy.catalog.Product;
import dev.stranglerfig.legacy.common.BaseEntity;
import dev.stranglerfig.legacy.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A shopper's verdict on a product, one per shopper and product. Points straight at catalog and users. */
@Entity
@Table(name = "review")
public class Review extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(nullable = false)
	private int rating;

	@Column(nullable = false)
	private String title;

	private String body;

	@Column(name = "verified_purchase", nullable = false)
	private boolean verifiedPurchase;

	protected Review() {
	}

	Review(Product product, User user, int rating, String title, String body, boolean verifiedPurchase) {
		this.product = product;
		this.user = user;
		this.rating = rating;
		this.title = title;
		this.body = body;
		this.verifiedPurchase = verifiedPurchase;
	}

	public Product getProduct() {
		return this.product;
	}

	public User getUser() {
		return this.user;
	}

	public int getRating() {
		return this.rating;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isVerifiedPurchase() {
		return this.verifiedPurchase;
	}

}
