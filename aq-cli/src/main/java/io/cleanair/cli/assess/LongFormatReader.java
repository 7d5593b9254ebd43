package io.cleanair.cli.assess;

import io.cleanair.core.pollutant.ConcentrationUnit;
import io.cleanair.core.pollutant.Pollutant;
import io.cleanair.core.pollutant.UnitConversion;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the long format {@code station_id,time,pollutant,value,unit}. Time is ISO-8601 with an offset
 * (converted to the zone) or local time in the zone, on the hour; the value at time t covers
 * [t, t+1h), so local start hour t is hour label t + 1 of t's local date. Empty or "NA" values are missing.
 */
final class LongFormatReader {

    private static final int COLUMNS = 5;

    private final String file;
    private final ZoneId zone;
    private final Map<String, Pollutant> pollutants = new HashMap<>();
    private final Map<String, ConcentrationUnit> units = new HashMap<>();
    private String lastTime;
    private LocalDateTime lastLocal;

    LongFormatReader(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    void read(BufferedReader in, HourlyStore store) throws IOException {
        CsvFields fields = new CsvFields(COLUMNS + 1);
        String line;
        long lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int found = fields.split(line);
            if (found != COLUMNS) {
                throw new InputException(file, lineNumber, "expected " + COLUMNS + " columns, found " + found);
            }
            double value = number(fields, lineNumber);
            if (Double.isNaN(value)) {
                continue;
            }
            Pollutant pollutant = pollutant(fields.text(2), lineNumber);
            ConcentrationUnit unit = unit(fields.text(4), lineNumber);
            LocalDateTime local = localStart(fields.text(1), lineNumber);
            store.day(fields.text(0), local.toLocalDate()).setByStartHour(pollutant, local.getHour(),
                    UnitConversion.toCanonical(pollutant, value, unit));
        }
    }

    private double number(CsvFields fields, long lineNumber) {
        try {
            double value = fields.number(3);
            if (value < 0) {
                throw new InputException(file, lineNumber, "negative value " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(file, lineNumber, "bad number '" + fields.text(3) + "'");
        }
    }

    private LocalDateTime localStart(String time, long lineNumber) {
        if (time.equals(lastTime)) {
            return lastLocal;
        }
        LocalDateTime local;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(time,
                    ZonedDateTime::from, LocalDateTime::from);
            local = parsed instanceof ZonedDateTime zoned
                    ? zoned.withZoneSameInstant(zone).toLocalDateTime() : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            throw new InputException(file, lineNumber, "bad time '" + time + "' (expected ISO-8601)");
        }
        if (local.getMinute() != 0 || local.getSecond() != 0 || local.getNano() != 0) {
            throw new InputException(file, lineNumber, "time '" + time + "' is not on the hour");
        }
        lastTime = time;
        lastLocal = local;
        return local;
    }

    private Pollutant pollutant(String name, long lineNumber) {
        Pollutant p = pollutants.get(name);
        if (p == null) {
            try {
                p = Pollutant.parse(name);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, lineNumber, e.getMessage());
            }
            pollutants.put(name, p);
        }
        return p;
    }

    private ConcentrationUnit unit(String name, long lineNumber) {
        ConcentrationUnit u = units.get(name);
        if (u == null) {
            try {
                u = ConcentrationUnit.parse(name);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, lineNumber, e.getMessage());
            }
            units.put(name, u);
        }
        return u;
    }
}
