package org.lerhub.mappings.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonSpansTest {

    private static final String DOCUMENT = """
            {"name": "x", "subject": {"skip": [1, {"a": [2]}], "items": [ {"b" : 1.50, "c": "\\u00e9"},
              "eyJ.a.b", [3 ,4], 7e2, null ]}, "one": {"d": true}}""";

    @Test
    void givesEachItemAsWrittenSpacingAndSpellingIncluded() {
        assertThat(JsonSpans.items(DOCUMENT, "subject", "items")).containsExactly(
                "{\"b\" : 1.50, \"c\": \"\\u00e9\"}", "\"eyJ.a.b\"", "[3 ,4]", "7e2", "null");
    }

    @Test
    void givesAValueThatIsNoArrayAsItsOnlyItem() {
        assertThat(JsonSpans.items(DOCUMENT, "one")).containsExactly("{\"d\": true}");
    }

    @Test
    void givesNothingWhereThePathLeadsNowhere() {
        assertThat(JsonSpans.items(DOCUMENT, "subject", "missing")).isEmpty();
        assertThat(JsonSpans.items(DOCUMENT, "name", "items")).isEmpty();
        assertThat(JsonSpans.items("[1]", "items")).isEmpty();
    }
}
