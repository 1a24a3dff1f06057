package org.lerhub.admin.learner;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lerhub.admin.site.Downloads;
import org.lerhub.admin.site.NotFound;
import org.lerhub.admin.site.SessionEnd;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.access.LearnerAccounts;
import org.lerhub.engine.audit.Disclosure;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.consent.ConsentGrants;
import org.lerhub.engine.learner.LearnerData;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.RecordExporter;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A learner's view of who looked at what, and their rights: take all their data with them, or erase it. */
@Controller
class MyDataPageController {

    private static final int LOOKS_PER_PAGE = 50;

    private final LearnerAccounts accounts;
    private final SignedInLearner learners;
    private final DisclosureLog disclosures;
    private final ConsentGrants grants;
    private final Records records;
    private final Organizations organizations;
    private final LearnerData data;
    private final Mappers formats;
    private final JsonMapper json;
    private final SessionEnd sessionEnd;

    MyDataPageController(LearnerAccounts accounts, SignedInLearner learners, DisclosureLog disclosures, ConsentGrants grants,
                         Records records, Organizations organizations, LearnerData data, Mappers formats, JsonMapper json,
                         SessionEnd sessionEnd) {
        this.accounts = accounts;
        this.learners = learners;
        this.disclosures = disclosures;
        this.grants = grants;
        this.records = records;
        this.organizations = organizations;
        this.data = data;
        this.formats = formats;
        this.json = json;
        this.sessionEnd = sessionEnd;
    }

    /** One disclosure as the learner reads it: the employer by name, the records by title, the grant's purpose. */
    record Look(Disclosure disclosure, String employerName, List<String> titles, String purpose) {
    }

    /** The latest looks first, a page at a time: a learner employers search often has many thousands. */
    @GetMapping("/learner/disclosures")
    String disclosures(@RequestParam(required = false) Long before, Authentication authentication, Model model) {
        Optional<LearnerId> learner = accounts.learnerOf(HubUser.of(authentication));
        Map<String, String> employers = organizations.ofType(OrganizationType.EMPLOYER).stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organizations.Registered::name));
        Map<RecordId, String> titles = learner.map(records::ofLearner).orElse(List.of()).stream()
                .collect(Collectors.toMap(LerRecord::id, r -> r.title() == null ? r.id().value() : r.title(), (a, b) -> a));
        List<Disclosure> page = learner.map(l -> disclosures.ofLearnerBefore(l.value(), before, LOOKS_PER_PAGE))
                .orElse(List.of());
        Map<String, Optional<String>> purposes = new HashMap<>();
        List<Look> looks = page.stream()
                .map(d -> new Look(d, d.employerId() == null ? null : employers.getOrDefault(d.employerId(), d.employerId()),
                        d.recordIds().stream().map(id -> titles.getOrDefault(RecordId.of(id), id)).toList(),
                        d.grantId() == null ? null : purposes.computeIfAbsent(d.grantId(),
                                id -> grants.find(id).map(g -> g.purpose())).orElse(null)))
                .toList();
        model.addAttribute("looks", looks);
        model.addAttribute("older", page.size() == LOOKS_PER_PAGE ? page.get(page.size() - 1).seq() : null);
        model.addAttribute("paged", before != null);
        return "learner/disclosures";
    }

    /** All my data as JSON; with {@code format}, my records as a credential or résumé other systems read. */
    @GetMapping("/learner/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format, Authentication authentication,
                                  HttpServletRequest request) {
        LearnerId learner = learners.of(authentication);
        if (format == null) {
            return Downloads.attachment(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data.export(learner)),
                    MediaType.APPLICATION_JSON_VALUE, "my-ler-data.json");
        }
        RecordExporter exporter = formats.exporter(format).orElseThrow(NotFound::new);
        return Downloads.attachment(data.export(learner, exporter, ServletUriComponentsBuilder.fromContextPath(request)
                .toUriString()), exporter.mediaType(), exporter.fileName());
    }

    @GetMapping("/learner/data")
    String eraseForm(Authentication authentication, Model model) {
        model.addAttribute("formats", formats.exportFormatIds());
        model.addAttribute("count", accounts.learnerOf(HubUser.of(authentication)).map(records::ofLearner)
                .map(List::size).orElse(0));
        return "learner/data";
    }

    /** Erases everything, then signs the learner out (of single sign-on too): nothing of theirs is left to show. */
    @PostMapping("/learner/erase")
    String erase(@RequestParam(defaultValue = "false") boolean confirm, Authentication authentication,
                 HttpServletRequest request, HttpServletResponse response, Model model)
            throws ServletException, IOException {
        if (!confirm) {
            model.addAttribute("unconfirmed", true);
            return eraseForm(authentication, model);
        }
        accounts.learnerOf(HubUser.of(authentication)).ifPresent(data::erase);
        request.logout();
        sessionEnd.end(request, response, authentication, "/erased");
        return null;
    }
}
