package dev.stranglerfig.proxy.traffic;

/** Which side served (or was asked to serve) a request. */
public enum Side {

	LEGACY("legacy"), SERVICE("service");

	private final String value;

	Side(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

}
