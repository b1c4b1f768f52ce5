package dev.stranglerfig.analyzer.history;

/** The history could not be read: git is missing, failed, or the directory is not in a git work tree. */
public final class GitHistoryException extends RuntimeException {

	public GitHistoryException(String message) {
		super(message);
	}

}
