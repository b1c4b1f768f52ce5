package dev.stranglerfig.bridge.capture;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.bridge.kafka.KafkaSink;
import dev.stranglerfig.bridge.metrics.StreamMetrics;
import dev.stranglerfig.bridge.metrics.StreamStatus;
import dev.stranglerfig.bridge.sync.SyncStream;

/** What this process runs per stream, as {@code bridge.transport} and {@code bridge.kafka.roles} say. */
record TransportRoles(BridgeProperties properties) {

	static TransportRoles of(BridgeProperties properties) {
		BridgeProperties.Kafka kafka = properties.getKafka();
		if (properties.getTransport() == BridgeProperties.Transport.KAFKA) {
			if (kafka.getBootstrapServers() == null || kafka.getBootstrapServers().isBlank()) {
				throw new IllegalStateException("bridge.transport=kafka needs the brokers: set bridge.kafka.bootstrap-servers");
			}
			if (kafka.getRoles().isEmpty()) {
				throw new IllegalStateException("bridge.kafka.roles is empty; list capture, apply or both");
			}
		}
		return new TransportRoles(properties);
	}

	private boolean kafka() {
		return this.properties.getTransport() == BridgeProperties.Transport.KAFKA;
	}

	boolean captures() {
		return !kafka() || this.properties.getKafka().getRoles().contains(BridgeProperties.Role.CAPTURE);
	}

	boolean appliesFromKafka() {
		return kafka() && this.properties.getKafka().getRoles().contains(BridgeProperties.Role.APPLY);
	}

	StreamSink sink(SyncStream stream, StreamMetrics metrics, StreamStatus status) {
		return kafka() ? new KafkaSink(stream, this.properties.getKafka())
				: new TargetSink(stream, this.properties, metrics, status);
	}

}
