package dev.stranglerfig.bridge.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.stranglerfig.bridge.BridgeProperties;
import dev.stranglerfig.plans.Phase;
import dev.stranglerfig.plans.control.ControlStateReader;

/**
 * Each context's direction from its live phase in the proxy's control database ({@code bridge.control}, the legacy
 * database when unset), or from the plan file while the control state knows nothing of the context.
 */
@Component
public class LiveDirections {

	private static final Logger logger = LoggerFactory.getLogger(LiveDirections.class);

	private final BridgeProperties properties;

	public LiveDirections(BridgeProperties properties) {
		this.properties = properties;
	}

	/** One stream per configured context, in its live direction. */
	public List<SyncStream> streams() {
		return live(SyncStreams.of(this.properties));
	}

	/** The stream of one context (configured in {@code bridge.contexts} or not), in its live direction. */
	public SyncStream stream(String context) {
		return live(List.of(SyncStreams.of(this.properties, context))).get(0);
	}

	private List<SyncStream> live(List<SyncStream> planned) {
		DatabaseAddress control = SyncStreams.control(this.properties);
		try (Connection connection = control.connect()) {
			List<SyncStream> streams = new ArrayList<>();
			for (SyncStream file : planned) {
				Direction live = direction(connection, file.context()).orElse(file.direction());
				if (live != file.direction()) {
					logger.info("{}: the live phase in {} says {}, not the plan file's {}", file.context(), control,
							live.value(), file.direction().value());
				}
				streams.add((live == file.direction()) ? file : SyncStreams.of(this.properties, file.context(), live));
			}
			return streams;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the live phases from the control database " + control + ": "
					+ ex.getMessage() + "; check bridge.control.url, .user and .password (unset, the legacy database is used)",
					ex);
		}
	}

	/**
	 * The direction the owner of the context's writes gives, or empty when the control state has nothing on it (no
	 * schema yet: the proxy has not started; no row: the context is new to it).
	 */
	public static Optional<Direction> direction(Connection control, String context) throws SQLException {
		if (!ControlStateReader.present(control)) {
			return Optional.empty();
		}
		Optional<Phase> phase = ControlStateReader.ownerPhase(control, context);
		return phase.map(Direction::forPhase);
	}

}
