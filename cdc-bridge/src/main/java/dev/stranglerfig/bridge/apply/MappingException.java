package dev.stranglerfig.bridge.apply;

/** A change that cannot be expressed in the target's terms; its row goes to the dead letters. */
final class MappingException extends Exception {

	MappingException(String message) {
		super(message);
	}

}
