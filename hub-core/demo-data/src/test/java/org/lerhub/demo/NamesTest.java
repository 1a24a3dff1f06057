package org.lerhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({"Peña, pena", "O'Brien, obrien", "De La Cruz, delacruz", "José, jose", "Renée, renee", "Smith, smith"})
    void makesEmailSafeLocalParts(String name, String expected) {
        assertThat(Names.emailPart(name)).isEqualTo(expected);
    }
}
