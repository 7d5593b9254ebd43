package io.cleanair.cli.simulate;

/**
 * Stateless pseudo-random numbers from a key: the same seed, station and hour always give
 * the same value, whatever hour the simulation started at.
 */
final class Noise {

	private Noise() {
	}

	/** Uniform in [0, 1). */
	static double uniform(long... keys) {
		long h = 0x9E3779B97F4A7C15L;
		for (long key : keys) {
			h = mix(h ^ key);
		}
		return (h >>> 11) * 0x1.0p-53;
	}

	/** Standard normal (Box-Muller on two uniforms derived from the key). */
	static double gaussian(long... keys) {
		double u1 = uniform(keys);
		long[] second = java.util.Arrays.copyOf(keys, keys.length + 1);
		second[keys.length] = 0x5DEECE66DL;
		double u2 = uniform(second);
		return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
	}

	/** A stable 64-bit key for a name. */
	static long key(String name) {
		long h = 1125899906842597L;
		for (int i = 0; i < name.length(); i++) {
			h = 31 * h + name.charAt(i);
		}
		return mix(h);
	}

	/** SplitMix64's finaliser. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
