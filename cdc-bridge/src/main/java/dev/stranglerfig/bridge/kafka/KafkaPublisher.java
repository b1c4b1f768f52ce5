package dev.stranglerfig.bridge.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;

import dev.stranglerfig.bridge.snapshot.ChunkRowGuard;
import dev.stranglerfig.bridge.sync.SyncStream;

/**
 * The engine's consumer with the Kafka transport: publishes each row change of a mapped table to its table's topic,
 * keyed by primary key (so one key's changes stay in one partition, in order), waits until Kafka has acknowledged the
 * whole batch, and only then marks it processed. The engine's offsets, and with them the slot's confirmed LSN, thus
 * never get past what Kafka holds. Heartbeats and changes of unmapped tables are not published, only marked.
 */
final class KafkaPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

	private final SyncStream stream;

	private final ChangeTopics topics;

	private final Producer<byte[], byte[]> producer;

	private final EventCodec codec = new EventCodec();

	private final ChunkRowGuard chunkRows = new ChunkRowGuard();

	KafkaPublisher(SyncStream stream, ChangeTopics topics, Producer<byte[], byte[]> producer) {
		this.stream = stream;
		this.topics = topics;
		this.producer = producer;
	}

	@Override
	public void handleBatch(List<RecordChangeEvent<SourceRecord>> records,
			DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
		List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
		for (RecordChangeEvent<SourceRecord> change : records) {
			SourceRecord record = change.record();
			String table = mappedTable(record);
			// Every record goes through the guard, in order: it learns from streamed changes and open marks.
			if (this.chunkRows.admits(record) && table != null) {
				sent.add(this.producer.send(new ProducerRecord<>(this.topics.topic(table), this.codec.key(record),
						this.codec.value(record))));
			}
		}
		for (Future<RecordMetadata> acknowledged : sent) {
			try {
				acknowledged.get();
			}
			catch (ExecutionException ex) {
				// The engine stops and starts again from its last flushed offset: nothing past this batch is confirmed.
				throw new ConnectException("Kafka did not take a change of " + this.stream.name() + ": " + ex.getCause(), ex);
			}
		}
		for (RecordChangeEvent<SourceRecord> change : records) {
			committer.markProcessed(change);
		}
		committer.markBatchFinished();
	}

	private String mappedTable(SourceRecord record) {
		if (!(record.value() instanceof Struct value) || value.schema().field("source") == null) {
			return null;
		}
		Struct source = value.getStruct("source");
		String table = source.getString("schema") + "." + source.getString("table");
		return this.stream.route(table).isPresent() ? table : null;
	}

}
