package org.lerhub.admin.employer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lerhub.admin.site.Downloads;
import org.lerhub.admin.site.NotFound;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.consent.EmployerAccess;
import org.lerhub.engine.search.SearchQuery;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.VerificationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * An employer's search over what learners released to its organization, through {@link EmployerAccess} like the
 * API: totals, facets and pages count only released records, and every look is logged for the learner.
 */
@Controller
class EmployerSearchController {

    static final int PAGE_SIZE = 20;

    private final EmployerAccess access;
    private final JsonMapper json;

    EmployerSearchController(EmployerAccess access, JsonMapper json) {
        this.access = access;
        this.json = json;
    }

    /** The search form; empty until the employer searches, so that opening the page discloses nothing. */
    public record SearchForm(String q, String kind, String skill, String issuer, String verification,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, SearchQuery.Order sort,
                             Integer page, String run) {

        boolean submitted() {
            return run != null || q != null || kind != null || skill != null || issuer != null || verification != null
                    || from != null || to != null;
        }

        int pageOr0() {
            return page == null || page < 0 ? 0 : page;
        }
    }

    /** One value of a facet: its count, the link that filters by it (or removes the filter), and whether it is on. */
    record FacetValue(String value, long count, String href, boolean active) {
    }

    record Facet(String name, List<FacetValue> values) {
    }

    @GetMapping("/employer/search")
    String search(@ModelAttribute("form") SearchForm form, Authentication authentication, Model model) {
        if (form.submitted()) {
            HubUser user = HubUser.of(authentication);
            EmployerAccess.Results results = access.search(user.organizationId(), user.username(),
                    new EmployerAccess.Criteria(blank(form.q()), blank(form.kind()), blank(form.skill()),
                            blank(form.issuer()), blank(form.verification()), form.from(), form.to(),
                            form.sort() == null ? SearchQuery.Order.RELEVANCE : form.sort(), form.pageOr0(), PAGE_SIZE));
            model.addAttribute("results", results);
            model.addAttribute("facets", facets(results.facets(), form));
            model.addAttribute("previous", form.pageOr0() > 0 ? link(filters(form), form.pageOr0() - 1) : null);
            model.addAttribute("next", (long) (form.pageOr0() + 1) * PAGE_SIZE < results.total()
                    ? link(filters(form), form.pageOr0() + 1) : null);
        }
        model.addAttribute("orders", SearchQuery.Order.values());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("statuses", VerificationStatus.values());
        return "employer/search";
    }

    @GetMapping("/employer/records/{id}")
    String record(@PathVariable String id, Authentication authentication, Model model) {
        model.addAttribute("record", released(id, authentication));
        return "employer/record";
    }

    @GetMapping("/employer/records/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, Authentication authentication) {
        LerRecord record = released(id, authentication);
        return Downloads.attachment(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record),
                MediaType.APPLICATION_JSON_VALUE, "ler-record-" + record.id().value() + ".json");
    }

    private LerRecord released(String id, Authentication authentication) {
        HubUser user = HubUser.of(authentication);
        return access.view(user.organizationId(), user.username(), RecordId.of(id)).orElseThrow(NotFound::new);
    }

    private static List<Facet> facets(Map<String, Map<String, Long>> counts, SearchForm form) {
        List<Facet> facets = new ArrayList<>();
        counts.forEach((name, values) -> {
            List<FacetValue> links = new ArrayList<>();
            values.forEach((value, count) -> {
                boolean active = value.equals(filters(form).get(name));
                Map<String, String> next = filters(form);
                next.put(name, active ? null : value);
                links.add(new FacetValue(value, count, link(next, null), active));
            });
            facets.add(new Facet(name, links));
        });
        return facets;
    }

    /** The form's criteria by parameter name, for links that change one of them. */
    private static Map<String, String> filters(SearchForm form) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", blank(form.q()));
        filters.put("kind", blank(form.kind()));
        filters.put("skill", blank(form.skill()));
        filters.put("issuer", blank(form.issuer()));
        filters.put("verification", blank(form.verification()));
        filters.put("from", form.from() == null ? null : form.from().toString());
        filters.put("to", form.to() == null ? null : form.to().toString());
        filters.put("sort", form.sort() == null ? null : form.sort().name());
        return filters;
    }

    private static String link(Map<String, String> filters, Integer page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/employer/search").queryParam("run", "1");
        filters.forEach((name, value) -> {
            if (value != null) {
                link.queryParam(name, value);
            }
        });
        if (page != null) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
