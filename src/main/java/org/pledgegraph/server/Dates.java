package org.pledgegraph.server;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Reads date literals at their real precision (xsd:gYear, xsd:gYearMonth, xsd:date, xsd:dateTime) and shows them the
 * way people write them: "2020", "June 2020", "8 June 2020", "9 June 2020, 18:02 UTC".
 */
final class Dates {
    /** A date at a precision: the period it covers, {@code [from, until)}, and how to show it. */
    record Period(LocalDate from, LocalDate until, String precision, String display) {
        /** Returns true for a period longer than a day (a month or a year), drawn as a span. */
        boolean isCoarse() {
            return precision.equals("month") || precision.equals("year");
        }
    }

    private static final Pattern YMD = Pattern.compile("^(-?\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private Dates() {
    }

    /** Returns the period a date literal names, or null when {@code n} is not a date of any precision. */
    static Period period(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String lex = n.getLiteralLexicalForm().strip();
        String dt = n.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdateTime.getURI().equals(dt) || XSDDatatype.XSDdateTimeStamp.getURI().equals(dt)) {
                return dateTime(lex);
            }
            Matcher m = YMD.matcher(lex);
            if (!m.find()) {
                return null;
            }
            int year = Integer.parseInt(m.group(1));
            if (XSDDatatype.XSDgYear.getURI().equals(dt) || m.group(2) == null) {
                LocalDate from = LocalDate.of(year, 1, 1);
                return new Period(from, from.plusYears(1), "year", Integer.toString(year));
            }
            int month = Integer.parseInt(m.group(2));
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt) || m.group(3) == null) {
                LocalDate from = LocalDate.of(year, month, 1);
                return new Period(from, from.plusMonths(1), "month", monthName(from) + " " + year);
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return new Period(day, day.plusDays(1), "day", day(day));
        } catch (RuntimeException e) {
            return null; // Not a date after all (an impossible month, say): shown as its lexical form.
        }
    }

    private static Period dateTime(String lex) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(lex);
            LocalDate d = t.toLocalDate();
            String zone = t.getOffset().equals(ZoneOffset.UTC) ? "UTC" : t.getOffset().getId();
            String display = day(d) + ", " + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                    + " " + zone;
            return new Period(d, d.plusDays(1), "instant", display);
        } catch (DateTimeParseException e) {
            LocalDate d = LocalDate.parse(lex.substring(0, 10));
            return new Period(d, d.plusDays(1), "day", day(d));
        }
    }

    /** Returns how to show a literal: dates as people write them, anything else as its lexical form. */
    static String display(Node n) {
        Period p = period(n);
        return p != null ? p.display() : n.getLiteralLexicalForm();
    }

    /** Returns true if the literal's datatype is one of the XSD date types. */
    static boolean isDate(Node n) {
        if (n == null || !n.isLiteral()) {
            return false;
        }
        String dt = n.getLiteralDatatypeURI();
        return XSDDatatype.XSDdate.getURI().equals(dt) || XSDDatatype.XSDdateTime.getURI().equals(dt)
                || XSDDatatype.XSDgYear.getURI().equals(dt) || XSDDatatype.XSDgYearMonth.getURI().equals(dt)
                || XSDDatatype.XSDdateTimeStamp.getURI().equals(dt);
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear();
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
