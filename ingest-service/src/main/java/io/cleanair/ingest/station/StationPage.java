package io.cleanair.ingest.station;

import java.util.List;

/** One page of the registry; {@code page} counts from 0. */
record StationPage(List<Station> items, int page, int size, long total) {
}
