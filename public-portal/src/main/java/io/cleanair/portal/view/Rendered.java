package io.cleanair.portal.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body rendered once, with its strong ETag (a hash of the bytes) and content
 * type.
 */
public record Rendered(byte[] body, String etag, String contentType) {

	public static Rendered of(String body, String contentType) {
		return of(body.getBytes(StandardCharsets.UTF_8), contentType);
	}

	public static Rendered of(byte[] body, String contentType) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return new Rendered(body, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"", contentType);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
