package io.cleanair.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and hashing API keys: keys are random and URL-safe; only their SHA-256 is ever
 * stored.
 */
public final class ApiKeys {

	/** 32 random bytes: 256 bits, so a fast unsalted hash is enough to store them. */
	private static final int KEY_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	/**
	 * A new secret, e.g. {@code aq_3q2L...}: the prefix makes leaked keys easy to grep
	 * for.
	 */
	public static String generate() {
		byte[] bytes = new byte[KEY_BYTES];
		RANDOM.nextBytes(bytes);
		return "aq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Lower-case hex SHA-256 of the key's UTF-8 bytes. */
	public static String sha256Hex(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	/** Compares two hashes in constant time. */
	static boolean sameHash(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
