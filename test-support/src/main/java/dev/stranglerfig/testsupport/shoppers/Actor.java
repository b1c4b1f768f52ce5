package dev.stranglerfig.testsupport.shoppers;

/** Someone using the shop: takes one step of a journey at a time, so the traffic can stop between steps. */
interface Actor {

	String id();

	void act() throws InterruptedException;

}
