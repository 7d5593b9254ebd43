package io.cleanair.analytics.web;

import java.util.List;

/**
 * A response that can also be written as CSV ({@code Accept: text/csv}): a header and
 * rows.
 */
public interface CsvTable {

	List<String> csvHeader();

	List<List<Object>> csvRows();

}
