package cn.zfxxgk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SOURCE_DATE_EPOCH, the reproducible-builds convention: used when it is a date a document can carry, else refused. */
class SourceDateEpochTest {

    @Test
    void unsetOrBlankMeansTheReportsOwnDate() {
        assertEquals(Optional.empty(), ReportEngine.sourceDateEpoch(null));
        assertEquals(Optional.empty(), ReportEngine.sourceDateEpoch(" "));
    }

    @Test
    void secondsSince1970UpToTheYear9999AreUsed() {
        assertEquals(Optional.of(Instant.EPOCH), ReportEngine.sourceDateEpoch("0"));
        assertEquals(Optional.of(Instant.parse("9999-12-31T23:59:59Z")), ReportEngine.sourceDateEpoch("253402300799"));
    }

    @Test
    void anythingElseIsRefusedWithTheValueQuoted() {
        for (String value : new String[] {"999999999999", "253402300800", "-1", "1.5", "yesterday"}) {
            assertEquals(
                    "SOURCE_DATE_EPOCH '" + value + "' is not a date the documents can carry; expected whole "
                            + "seconds since 1970-01-01 UTC, at most 253402300799 (the end of the year 9999), or no "
                            + "SOURCE_DATE_EPOCH at all",
                    assertThrows(IllegalArgumentException.class, () -> ReportEngine.sourceDateEpoch(value))
                            .getMessage());
        }
    }
}
