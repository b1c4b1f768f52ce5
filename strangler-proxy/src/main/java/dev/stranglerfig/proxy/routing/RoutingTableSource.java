package dev.stranglerfig.proxy.routing;

/** The routing table in force now; swapped atomically when a plan or its live phase changes. */
@FunctionalInterface
public interface RoutingTableSource {

	RoutingTable current();

}
