package org.lerhub.mappings.pesc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mappings.pesc.PescDates.Edge;
import org.lerhub.mappings.pesc.PescDates.Parsed;

class PescDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2014-09-01,       START, 2014-09-01, true",
            "1995-01-01Z,      START, 1995-01-01, true",
            "2014-12-07-05:00, END,   2014-12-07, true",
            "2005-02-02T10:04:29-05:00, START, 2005-02-02, false",
            "2019-10-11T14:49:27.7530000, START, 2019-10-11, false",
            "2019-09,          START, 2019-09-01, false",
            "2019-02,          END,   2019-02-28, false",
            "2019,             END,   2019-12-31, false"})
    void readsDatesDateTimesAndPartialDates(String raw, Edge edge, LocalDate date, boolean exact) {
        assertThat(PescDates.parse(raw, edge)).contains(new Parsed(date, exact));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "0001-01-01T00:00:00"})
    void readsTheDotNetPlaceholderAsNoDate(String raw) {
        assertThat(PescDates.parse(raw, Edge.START)).contains(new Parsed(null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13-01", "2019-02-30", "20010-01", "01/02/2019", "spring", ""})
    void refusesWhatIsNotADate(String raw) {
        assertThat(PescDates.parse(raw, Edge.START)).isEmpty();
    }
}
