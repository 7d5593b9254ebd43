package io.cleanair.core.qc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Why a possible value is suspicious: it is kept and passed on, marked with the flag. */
public enum QcFlag {

	/** Far above the station's recent level for that pollutant. */
	SPIKE,

	/**
	 * The same value hour after hour, as an analyser that stopped responding would
	 * report.
	 */
	STUCK;

	/**
	 * The flags among {@code names} as a bit mask (bit = ordinal); other marks, such as
	 * the sender's, are ignored.
	 */
	public static int mask(Iterable<String> names) {
		int mask = 0;
		for (String name : names) {
			for (QcFlag flag : values()) {
				if (flag.name().equals(name)) {
					mask |= flag.bit();
				}
			}
		}
		return mask;
	}

	/** The flags as a bit mask (bit = ordinal). */
	public static int maskOf(Collection<QcFlag> flags) {
		int mask = 0;
		for (QcFlag flag : flags) {
			mask |= flag.bit();
		}
		return mask;
	}

	/** The flags of a bit mask made by {@link #mask}. */
	public static Set<QcFlag> ofMask(int mask) {
		Set<QcFlag> flags = EnumSet.noneOf(QcFlag.class);
		for (QcFlag flag : values()) {
			if ((mask & flag.bit()) != 0) {
				flags.add(flag);
			}
		}
		return flags;
	}

	public int bit() {
		return 1 << ordinal();
	}

}
