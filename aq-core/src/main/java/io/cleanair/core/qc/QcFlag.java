package io.cleanair.core.qc;

/** Why a possible value is suspicious: it is kept and passed on, marked with the flag. */
public enum QcFlag {

	/** Far above the station's recent level for that pollutant. */
	SPIKE,

	/** The same value hour after hour, as an analyser that stopped responding would report. */
	STUCK

}
