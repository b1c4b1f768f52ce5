package dev.stranglerfig.proxy.traffic;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells every {@link TrafficObserver} about a request or a shadow comparison; one observer failing does not keep the
 * others from hearing, nor fails the request.
 */
@Component
public final class TrafficObservers {

	private static final Logger logger = LoggerFactory.getLogger(TrafficObservers.class);

	private final ObjectProvider<TrafficObserver> provider;

	private volatile List<TrafficObserver> resolved;

	TrafficObservers(ObjectProvider<TrafficObserver> provider) {
		this.provider = provider;
	}

	public void requestServed(RequestOutcome outcome) {
		tell(observer -> observer.onRequest(outcome), outcome);
	}

	public void shadowCompared(ShadowComparison comparison) {
		tell(observer -> observer.onShadowComparison(comparison), comparison);
	}

	private void tell(Consumer<TrafficObserver> event, Object what) {
		for (TrafficObserver observer : observers()) {
			try {
				event.accept(observer);
			}
			catch (RuntimeException ex) {
				logger.warn("Traffic observer {} failed on {}", observer, what, ex);
			}
		}
	}

	private List<TrafficObserver> observers() {
		List<TrafficObserver> observers = this.resolved;
		if (observers == null) {
			// Resolved on first use, not at start: observers (the guards) depend on beans that depend on the proxy.
			observers = this.provider.orderedStream().toList();
			this.resolved = observers;
		}
		return observers;
	}

}
