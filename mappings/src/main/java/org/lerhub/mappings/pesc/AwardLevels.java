package org.lerhub.mappings.pesc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The achievement type (as Open Badges 3.0 names it) of a PESC {@code AcademicAwardLevel}. The level is a code:
 * PESC's own (B18 high school diploma, 2.4 baccalaureate, 4.2 master's…) or an IPEDS award level (1–19).
 * Kept coarse on purpose — Degree, Diploma, Certificate — so that search facets stay few; the code itself stays
 * in the record's extensions.
 */
final class AwardLevels {

    private static final String DEGREE = "Degree";
    private static final String DIPLOMA = "Diploma";
    private static final String CERTIFICATE = "Certificate";

    private static final Map<String, String> BY_CODE = byCode();

    /** "Postsecondary Certificate Or Diploma": which of the two only the title can tell. */
    private static final Set<String> CERTIFICATE_OR_DIPLOMA = Set.of("2.1", "2.2", "2.6", "2.7");

    private AwardLevels() {
    }

    /**
     * By the level code when it is decisive, else by what the title calls it, else Diploma for a "certificate or
     * diploma" level and Degree for everything else.
     */
    static String achievementType(String level, String title) {
        return achievementType(level, title, DEGREE);
    }

    /** As {@link #achievementType(String, String)}, with {@code otherwise} instead of Degree as the last resort. */
    static String achievementType(String level, String title, String otherwise) {
        String code = level == null ? "" : level.strip();
        String byCode = BY_CODE.get(code);
        if (byCode != null) {
            return byCode;
        }
        String byTitle = fromTitle(title);
        if (byTitle != null) {
            return byTitle;
        }
        return CERTIFICATE_OR_DIPLOMA.contains(code) ? DIPLOMA : otherwise;
    }

    private static String fromTitle(String title) {
        String words = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (words.contains("certificate")) {
            return CERTIFICATE;
        }
        if (words.contains("diploma")) {
            return DIPLOMA;
        }
        return words.contains("degree") ? DEGREE : null;
    }

    private static Map<String, String> byCode() {
        Map<String, String> types = new HashMap<>();
        for (String code : List.of("B17", "B18", "B19", "B20", "B21", "B24", "B25", "B26", "B27", "B28", "B58", "B59",
                "B60")) {
            types.put(code, DIPLOMA);
        }
        for (String code : List.of("B22", "B23", "1.1", "1.2", "2.0", "4.1", "4.5", "1", "2", "4", "6", "8", "11")) {
            types.put(code, CERTIFICATE);
        }
        for (String code : List.of("2.3", "2.4", "2.5", "3.1", "3.2", "4.2", "4.3", "4.4", "3", "5", "7", "9", "10",
                "17", "18", "19")) {
            types.put(code, DEGREE);
        }
        return Map.copyOf(types);
    }
}
