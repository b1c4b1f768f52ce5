package dev.stranglerfig.legacy.orders;

public enum OrderStatus {

	PLACED, PAID, SHIPPED, DELIVERED, CANCELLED

}
