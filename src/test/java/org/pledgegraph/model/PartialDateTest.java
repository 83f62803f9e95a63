package org.pledgegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static RDFDatatype datatype(PartialDate d) {
        return switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
            case INSTANT -> XSDDatatype.XSDdateTime;
        };
    }

    @Test
    void keepsThePrecisionTheSourceStates() {
        assertEquals(new PartialDate("2020", PartialDate.Precision.YEAR), PartialDate.parse("2020"));
        assertEquals(new PartialDate("2023-08", PartialDate.Precision.MONTH), PartialDate.parse("2023-08"));
        assertEquals(new PartialDate("2020-06-08", PartialDate.Precision.DAY), PartialDate.parse("2020-06-08"));
        assertEquals(new PartialDate("2020-06-09T18:02:00Z", PartialDate.Precision.INSTANT),
                PartialDate.parse("2020-06-09T18:02:00Z"));
        assertEquals("2020-06-09T18:02:00.250-05:00", PartialDate.parse("2020-06-09T18:02:00.250-05:00").lexical());
        assertEquals("2020-06-08", PartialDate.parse("  2020-06-08 ").lexical(), "surrounding space is not part of it");
        assertEquals(List.of("year", "month", "day", "instant"), List.of(PartialDate.Precision.values()).stream()
                .map(PartialDate.Precision::label).toList());
    }

    @Test
    void writesUtcAsZSoThatTheSameInstantIsOneLiteral() {
        assertEquals("2020-06-09T18:02:00Z", PartialDate.parse("2020-06-09T18:02:00+00:00").lexical());
    }

    @Test
    void givesALexicalFormValidForTheDatatypeOfItsPrecision() {
        for (String s : List.of("2020", "2023-08", "2020-02-29", "2020-06-09T18:02:00Z", "2020-06-09T18:02Z",
                "2020-06-09T18:02+02:00", "2020-06-09T18:02:00.5-05:00")) {
            PartialDate d = PartialDate.parse(s);
            assertTrue(datatype(d).isValid(d.lexical()), s + " gave \"" + d.lexical() + "\", not a valid "
                    + datatype(d).getURI());
        }
        assertEquals("2020-06-09T18:02:00Z", PartialDate.parse("2020-06-09T18:02Z").lexical(),
                "a time without seconds states 00 seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-45T00:00:00Z", "2020-13", "2020-00", "2020-02-30", "2021-02-29", "2020-06-31",
        "2020-06-08T25:00:00Z", "2020-06-08T10:61:00Z", "2020-06-08T10:00:00+19:00"})
    void rejectsImpossibleDates(String s) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(s));
        assertEquals("not a real date: \"" + s + "\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 2020", "2020/06/08", "08.06.2020", "20200608", "2020-6-8", "2020-06-08T10:00:00",
        "2020-06-08 10:00:00Z", "", "Q3 2020"})
    void rejectsTextThatIsNoDateAndSaysWhichFormsAreExpected(String s) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(s));
        assertEquals("not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): \"" + s.strip()
                + "\"", e.getMessage());
    }

    @Test
    void sortsAcrossPrecisionsByItsIsoPrefix() {
        List<String> keys = new ArrayList<>();
        for (String s : List.of("2023-08-01", "2020", "2023-08", "2020-06-08T10:00:00Z", "2020-06", "2023-07-31")) {
            keys.add(PartialDate.parse(s).sortKey());
        }
        keys.sort(null);
        assertEquals(List.of("2020", "2020-06", "2020-06-08T10:00:00Z", "2023-07-31", "2023-08", "2023-08-01"), keys);
    }

    @Test
    void givesTheDayOnlyOfADayPrecisionDate() {
        assertEquals(LocalDate.of(2020, 6, 8), PartialDate.parse("2020-06-08").toLocalDate());
        assertThrows(IllegalStateException.class, () -> PartialDate.parse("2023-08").toLocalDate(),
                "a month is not widened to a day");
    }
}
