package io.cleanair.testsupport;

/**
 * Prepares the new database of a {@link TestInfrastructureContext} before the service
 * starts on it, e.g. with the schema and rows of an older version. An implementation has
 * a constructor without arguments; name it in
 * {@link TestInfrastructureContext#database()}.
 */
public interface PreparedDatabase {

	/** Writes into the context's new, empty database. */
	void prepare(TestPostgres.Database database) throws Exception;

}
