package dev.stranglerfig.testsupport.junit;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test with its reason on the build's console. Maven's reporters only count skipped tests,
 * and a skip nobody sees the reason for tends to stay forever. Registered through the ServiceLoader, so every
 * module that tests with test-support gets it.
 */
public final class SkippedTestReasons implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		String name = test.getSource()
			.map(source -> (source instanceof MethodSource method) ? method.getClassName() + "." + method.getMethodName()
					: (source instanceof ClassSource type) ? "every test of " + type.getClassName() : source.toString())
			.orElse(test.getDisplayName());
		System.out.println("SKIPPED " + name + ": " + reason);
	}

}
