package org.lerhub.demo;

import java.util.List;
import java.util.Set;
import org.lerhub.demo.Places.State;

/**
 * Made-up employers of the demo learners. Acme and Globex are the demo employer organizations of API.md, so
 * some learners have worked there; the rest are regional and named to sound plausible, not after real firms.
 */
final class Employers {

    enum Sector { HEALTHCARE, MANUFACTURING, TECHNOLOGY, BUSINESS, SERVICE }

    /**
     * @param states where it has sites; empty for a national employer
     * @param host   its made-up web host, written as the LER-RS {@code domainName}
     */
    record Employer(String name, String host, Set<Sector> sectors, Set<State> states) {

        boolean hires(Sector sector, State state) {
            return sectors.contains(sector) && (states.isEmpty() || states.contains(state));
        }
    }

    private static final Set<State> NATIONAL = Set.of();
    private static final Set<State> TN = Set.of(Places.TENNESSEE);
    private static final Set<State> IN = Set.of(Places.INDIANA);

    private static final Employer VALLEY_FRESH = new Employer("Valley Fresh Grocers", "valleyfresh.example.com",
            Set.of(Sector.SERVICE), NATIONAL);
    private static final Employer RIVERSIDE_DINER = new Employer("Riverside Diner", "riverside-diner.example.com",
            Set.of(Sector.SERVICE), NATIONAL);
    private static final Employer SUMMIT_LOGISTICS = new Employer("Summit Logistics", "summit-logistics.example.com",
            Set.of(Sector.BUSINESS, Sector.SERVICE), NATIONAL);

    static final List<Employer> ALL = List.of(
            new Employer("Acme Corp", "acme.example.com",
                    Set.of(Sector.MANUFACTURING, Sector.TECHNOLOGY, Sector.BUSINESS), NATIONAL),
            new Employer("Globex Corporation", "globex.example.com",
                    Set.of(Sector.TECHNOLOGY, Sector.BUSINESS, Sector.MANUFACTURING), NATIONAL),
            new Employer("Initech", "initech.example.com", Set.of(Sector.TECHNOLOGY, Sector.BUSINESS), NATIONAL),
            new Employer("Cumberland Regional Medical Center", "cumberland-medical.example.org",
                    Set.of(Sector.HEALTHCARE), TN),
            new Employer("Riverbend Health", "riverbend-health.example.org", Set.of(Sector.HEALTHCARE), TN),
            new Employer("Crossroads Community Hospital", "crossroads-hospital.example.org",
                    Set.of(Sector.HEALTHCARE), IN),
            new Employer("Wabash Valley Medical Group", "wabash-medical.example.org", Set.of(Sector.HEALTHCARE), IN),
            new Employer("Volunteer Precision Manufacturing", "volunteer-precision.example.com",
                    Set.of(Sector.MANUFACTURING), TN),
            new Employer("Smith & Sons Fabrication", "smithandsons.example.com", Set.of(Sector.MANUFACTURING), TN),
            new Employer("Hoosier Steel Fabricators", "hoosier-steel.example.com", Set.of(Sector.MANUFACTURING), IN),
            new Employer("Crossroads Auto Components", "crossroads-auto.example.com",
                    Set.of(Sector.MANUFACTURING), IN),
            new Employer("Music City Credit Union", "musiccity-cu.example.org", Set.of(Sector.BUSINESS), TN),
            new Employer("Heartland Data Services", "heartland-data.example.com",
                    Set.of(Sector.TECHNOLOGY, Sector.BUSINESS), IN),
            SUMMIT_LOGISTICS, VALLEY_FRESH, RIVERSIDE_DINER);

    /** Work unrelated to any program, as held before college: the employer, its job titles and their duties. */
    record ServiceWork(Employer employer, List<String> titles, List<String> duties) {
    }

    static final List<ServiceWork> SERVICE_WORK = List.of(
            new ServiceWork(VALLEY_FRESH, List.of("Cashier", "Retail Sales Associate", "Stock Associate"), List.of(
                    "Helped customers find products and processed sales and returns.",
                    "Balanced the register and handled cash and card payments accurately.",
                    "Stocked shelves, rotated inventory and kept the sales floor ready.")),
            new ServiceWork(RIVERSIDE_DINER, List.of("Server", "Line Cook", "Host"), List.of(
                    "Served a 12-table section during breakfast and lunch rushes.",
                    "Prepared orders on the grill line to food safety standards.",
                    "Trained new team members on opening and closing procedures.")),
            new ServiceWork(SUMMIT_LOGISTICS, List.of("Warehouse Associate", "Forklift Operator"), List.of(
                    "Picked, packed and shipped 150 orders a shift with 99.8 percent accuracy.",
                    "Operated forklifts and pallet jacks safely to load and unload trailers.",
                    "Counted inventory and reported damaged goods.")));

    private Employers() {
    }

    static List<Employer> hiring(Sector sector, State state) {
        return ALL.stream().filter(e -> e.hires(sector, state)).toList();
    }
}
