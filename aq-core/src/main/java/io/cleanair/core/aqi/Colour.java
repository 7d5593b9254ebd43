package io.cleanair.core.aqi;

/** An sRGB colour of an index category. */
public record Colour(int red, int green, int blue) {

	public Colour {
		if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
			throw new IllegalArgumentException("RGB component out of 0..255: " + red + "," + green + "," + blue);
		}
	}

	public int[] rgb() {
		return new int[] { red, green, blue };
	}

	/** "#RRGGBB". */
	public String hex() {
		return String.format("#%02X%02X%02X", red, green, blue);
	}
}
