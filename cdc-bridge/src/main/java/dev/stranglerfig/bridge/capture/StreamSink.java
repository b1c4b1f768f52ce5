package dev.stranglerfig.bridge.capture;

import java.util.Properties;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * Where a stream's engine delivers its batches, and so where it keeps its position: the target itself (embedded
 * transport), or Kafka. Either way a record is marked processed only once the sink has made it durable, so the slot
 * is never confirmed past it.
 */
public interface StreamSink extends AutoCloseable {

	/** Gets ready for one run of the engine (again after a failure): the consumer and the table order to snapshot in. */
	Run open() throws Exception;

	/** The engine's {@code offset.storage} and its settings. */
	Properties offsetStorage();

	/** A run failed: drop whatever connection may be broken. */
	void failed();

	@Override
	void close();

	/** One run's consumer, and the stream with its tables in the order to snapshot them. */
	record Run(SyncStream ordered, DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> consumer) {
	}

}
