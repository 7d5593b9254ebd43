package io.cleanair.portal.change;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Listeners note here that the read model changed; the view is rebuilt on the next
 * refresh tick.
 */
@Component
public class ReadModelChanges {

	private final AtomicBoolean changed = new AtomicBoolean(true);

	public void changed() {
		changed.set(true);
	}

	/** True once per change (or run of changes) since the last call. */
	public boolean takeChanged() {
		return changed.getAndSet(false);
	}

}
