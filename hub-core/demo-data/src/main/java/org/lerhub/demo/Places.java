package org.lerhub.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The two demo states, which are the hub's demo agencies ({@code tn}, {@code in} in API.md), with their colleges
 * and towns. College names are real; their FICE-style ids and web addresses are made up (under
 * {@code example.edu}), so nothing here can be mistaken for a real credential.
 */
final class Places {

    record City(String name, String stateCode, String postalCode) {
    }

    /** A college that sends PESC transcripts and issues badges; {@code host} is its made-up web host. */
    record College(String name, String fice, City city, String host, State state) {

        String url() {
            return "https://" + host;
        }
    }

    /**
     * @param nursingBoard the state body that licenses nurses, the demo's only {@code License} issuer
     */
    record State(String agencyId, String name, String code, String agencyName, String nursingBoard,
                 List<City> cities) {
    }

    static final State TENNESSEE = new State("tn", "Tennessee", "TN", "Tennessee Board of Regents",
            "Tennessee Board of Nursing", cities("TN",
                    "Nashville", "37203", "Murfreesboro", "37130", "Chattanooga", "37402", "Knoxville", "37902",
                    "Memphis", "38103", "Clarksville", "37040", "Franklin", "37064", "Jackson", "38301",
                    "Cleveland", "37311", "Cookeville", "38501"));

    static final State INDIANA = new State("in", "Indiana", "IN", "Indiana Commission for Higher Education",
            "Indiana State Board of Nursing", cities("IN",
                    "Indianapolis", "46204", "Fort Wayne", "46802", "Evansville", "47708", "South Bend", "46601",
                    "Bloomington", "47401", "Lafayette", "47901", "Muncie", "47305", "Terre Haute", "47807",
                    "Columbus", "47201", "Vincennes", "47591"));

    static final List<College> COLLEGES = List.of(
            college("Nashville State Community College", "003527", TENNESSEE, "Nashville", "nashvillestate"),
            college("Chattanooga State Community College", "003529", TENNESSEE, "Chattanooga", "chattanoogastate"),
            college("Pellissippi State Community College", "003531", TENNESSEE, "Knoxville", "pellissippistate"),
            college("Southwest Tennessee Community College", "003533", TENNESSEE, "Memphis", "southwest-tn"),
            college("Ivy Tech Community College", "001808", INDIANA, "Indianapolis", "ivytech"),
            college("Ivy Tech Community College \u2013 Fort Wayne", "001810", INDIANA, "Fort Wayne",
                    "fortwayne.ivytech"),
            college("Vincennes University", "001814", INDIANA, "Vincennes", "vinu"));

    private Places() {
    }

    static College college(String name) {
        return COLLEGES.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo college " + name));
    }

    private static College college(String name, String fice, State state, String city, String hostPrefix) {
        City town = state.cities().stream().filter(c -> c.name().equals(city)).findFirst().orElseThrow();
        return new College(name, fice, town, hostPrefix + ".example.edu", state);
    }

    /** Pairs of town name and postal code. */
    private static List<City> cities(String stateCode, String... namesAndCodes) {
        return Stream.iterate(0, i -> i < namesAndCodes.length, i -> i + 2)
                .map(i -> new City(namesAndCodes[i], stateCode, namesAndCodes[i + 1]))
                .toList();
    }
}
