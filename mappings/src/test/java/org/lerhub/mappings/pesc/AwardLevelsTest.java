package org.lerhub.mappings.pesc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwardLevelsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "B18,  Standard High School Diploma,       Diploma",
            "B22,  null,                               Certificate",
            "2.4,  Bachelor of Science,                Degree",
            "4.2,  MA (Theology and Religious Studies), Degree",
            "5,    null,                               Degree",
            "1,    null,                               Certificate",
            "2.2,  Ontario College Certificate,        Certificate",
            "2.2,  Diploma,                            Diploma",
            "2.2,  General Arts and Science,           Diploma",
            "null, Graduate Certificate in Nursing,    Certificate",
            "null, Computer Science,                   Degree",
            "X9,   Associate Degree,                   Degree"})
    void typesAnAwardByItsLevelCodeThenItsTitle(String level, String title, String expected) {
        assertThat(AwardLevels.achievementType(level, title)).isEqualTo(expected);
    }
}
