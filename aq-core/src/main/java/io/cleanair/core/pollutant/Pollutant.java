package io.cleanair.core.pollutant;

public enum Pollutant {

	PM2_5, PM10, SO2, NO2, CO, O3;

	public ConcentrationUnit canonicalUnit() {
		return this == CO ? ConcentrationUnit.MG_M3 : ConcentrationUnit.UG_M3;
	}

}
