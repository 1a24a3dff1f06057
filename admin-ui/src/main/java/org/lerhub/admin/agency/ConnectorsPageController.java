package org.lerhub.admin.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lerhub.admin.site.Downloads;
import org.lerhub.engine.access.HubUser;
import org.lerhub.engine.connector.Connector;
import org.lerhub.engine.connector.ConnectorHealth;
import org.lerhub.engine.connector.ConnectorRequest;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.schema.LerRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's connectors: status and last run, a throughput chart of each, recent documents and their records. */
@Controller
class ConnectorsPageController {

    /** A batch may hold thousands of records; the page shows the first few of each delivery. */
    private static final int RECORDS_SHOWN = 20;

    static final int CHART_DAYS = 14;
    private static final int RECENT_DOCUMENTS = 20;

    private final AgencyAccess access;
    private final Connectors connectors;
    private final ConnectorHealth health;
    private final Documents documents;
    private final Records records;
    private final Clock clock;

    ConnectorsPageController(AgencyAccess access, Connectors connectors, ConnectorHealth health, Documents documents,
                             Records records, Clock clock) {
        this.access = access;
        this.connectors = connectors;
        this.health = health;
        this.documents = documents;
        this.records = records;
        this.clock = clock;
    }

    /** A connector with what the list and its page show about it. */
    record Row(Connector connector, boolean healthy, Documents.SourceStats stats, ThroughputChart chart) {
    }

    /** A recent document with the records it became. */
    record Delivered(StoredDocument document, List<LerRecord> records) {
    }

    @GetMapping("/agency/connectors")
    String list(Authentication authentication, Model model) {
        model.addAttribute("rows", access.connectors(HubUser.of(authentication)).stream().map(this::row).toList());
        model.addAttribute("days", CHART_DAYS);
        return "agency/connectors";
    }

    @GetMapping("/agency/connectors/{id}")
    String connector(@PathVariable String id, Authentication authentication, Model model) {
        Connector connector = access.connector(HubUser.of(authentication), id);
        Row row = row(connector);
        model.addAttribute("row", row);
        model.addAttribute("chart", row.chart());
        model.addAttribute("delivered", documents.ofConnector(id, RECENT_DOCUMENTS).stream()
                .map(d -> new Delivered(d, records.ofDocument(d.id(), 0, RECORDS_SHOWN).stream().map(Records.Positioned::record).toList()))
                .toList());
        return "agency/connector";
    }

    @PostMapping("/agency/connectors/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, Authentication authentication,
                  RedirectAttributes redirect) {
        HubUser user = HubUser.of(authentication);
        connectors.update(access.connector(user, id), new ConnectorRequest(null, null, null, null, null, null, enabled),
                user.username());
        redirect.addFlashAttribute("done", enabled ? "connector.done.enabled" : "connector.done.disabled");
        return "redirect:/agency/connectors/" + id;
    }

    @GetMapping("/agency/documents/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String id, Authentication authentication) {
        StoredDocument document = access.document(HubUser.of(authentication), id);
        return Downloads.attachment(documents.original(document.sha256()).orElseThrow(), document.mediaType(),
                document.fileName() == null ? document.id().value() : document.fileName());
    }

    private Row row(Connector connector) {
        return new Row(connector, !health.failing(connector.id()), documents.statsOfConnector(connector.id()),
                ThroughputChart.of(days(connector.id())));
    }

    /** The last {@link #CHART_DAYS} days, each with its counts (zero for a quiet day). */
    private List<Documents.DailyCount> days(String connectorId) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = today.minusDays(CHART_DAYS - 1);
        Map<LocalDate, Documents.DailyCount> counted = new HashMap<>();
        documents.dailyCountsOfConnector(connectorId, first.atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach(c -> counted.put(c.day(), c));
        List<Documents.DailyCount> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(counted.getOrDefault(day, new Documents.DailyCount(day, 0, 0)));
        }
        return days;
    }
}
