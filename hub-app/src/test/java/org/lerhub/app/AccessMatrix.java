package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The access rules of API.md as a matrix: every endpoint, called by every role, on resources of both sides of a
 * tenant line — agency {@code tn}, learner alice and employer acme on one side, agency {@code in}, learner bob and
 * employer globex on the other. Each cell is the status the caller must get. Beyond the status, every answer is
 * checked for leaks: it may not contain an id, name or email of the other side (unless the caller sent it), a
 * refusal must look exactly like the answer for something that does not exist, and no answer echoes a connector
 * secret. The same matrix runs with the demo accounts (HTTP Basic) and with Keycloak tokens.
 */
final class AccessMatrix {

    /** The callers, in the order of the matrix's columns; {@code null} is nobody signed in. */
    static final List<String> CALLERS = Arrays.asList(null, "alice", "bob", "acme-hr", "globex-hr", "tn-admin", "in-admin",
            "admin");

    /** One side of the tenant line, with what it owns. */
    record Side(String agency, String agencyAdmin, String learner, String email, String employer, String employerUser,
                String demoConnector, String documentId, String recordId, String learnerId, String grantId,
                String deadLetterId, String webhookId, String webhookSecret, String issuer) {

        /** What nobody from the other side may ever read (a record names the connector it came through). */
        List<String> owned() {
            return List.of(documentId, recordId, learnerId, grantId, deadLetterId, webhookId, issuer, email);
        }
    }

    /** One endpoint called on one resource; {@code expected} holds a status per caller, {@code -} where not called. */
    record Row(String method, String path, String contentType, Function<String, byte[]> body, String resourceId, String expected,
               String... headers) {
    }

    private final HubClient hub;
    final Side tn;
    final Side in;

    private AccessMatrix(HubClient hub, Side tn, Side in) {
        this.hub = hub;
        this.tn = tn;
        this.in = in;
    }

    /** Creates both sides' resources through the API, as their owners. */
    static AccessMatrix create(HubClient hub) {
        return new AccessMatrix(hub, side(hub, "tn", "tn-admin", "alice", "acme", "acme-hr", "tn-demo"),
                side(hub, "in", "in-admin", "bob", "globex", "globex-hr", "in-demo"));
    }

    private static Side side(HubClient hub, String agency, String admin, String learner, String employer,
                             String employerUser, String demoConnector) {
        String tag = agency + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = learner + "@example.org";
        JsonNode document = ok(hub.post(admin, "/api/v1/documents", "application/json",
                TestBadges.badge(email, "Isolation " + tag, "isolation-" + tag)), 201);
        String recordId = document.path("recordIds").get(0).asString();
        String learnerId = ok(hub.get(learner, "/api/v1/me/records"), 200).path("learnerId").asString();
        String grantId = ok(hub.post(learner, "/api/v1/me/consents", "application/json", json(
                "{\"employer\":\"%s\",\"scope\":\"ALL\",\"purpose\":\"isolation matrix\"}".formatted(employer))), 201)
                .path("id").asString();
        ok(hub.get(employerUser, "/api/v1/records/" + recordId), 200);
        String failedDocument = ok(hub.post(admin, "/api/v1/documents", "application/xml",
                json("<CollegeTranscript><Student>" + tag)), 422).path("documentId").asString();
        String deadLetterId = null;
        for (JsonNode letter : ok(hub.get(admin, "/api/v1/dead-letters"), 200)) {
            if (failedDocument.equals(letter.at("/deadLetter/documentId").asString())) {
                deadLetterId = letter.at("/deadLetter/id").asString();
            }
        }
        assertThat(deadLetterId).as("the dead letter of " + failedDocument).isNotNull();
        String secret = "secret-" + UUID.randomUUID();
        String webhookId = ok(hub.post(admin, "/api/v1/connectors", "application/json", json(
                "{\"id\":\"%s-hook\",\"name\":\"Isolation webhook %s\",\"kind\":\"webhook\",\"format\":\"ob3\",\"credentials\":{\"secret\":\"%s\"}}"
                        .formatted(tag, tag, secret))), 201).path("id").asString();
        String issuer = "did:example:issuer-" + tag;
        ok(hub.post(admin, "/api/v1/trusted-issuers", "application/json", json(
                "{\"issuer\":\"%s\",\"name\":\"Isolation issuer %s\"}".formatted(issuer, tag))), 201);
        return new Side(agency, admin, learner, email, employer, employerUser, demoConnector, document.path("documentId")
                .asString(), recordId, learnerId, grantId, deadLetterId, webhookId, secret, issuer);
    }

    /** The matrix. Columns: anonymous, alice, bob, acme-hr, globex-hr, tn-admin, in-admin, admin. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(get("/api/v1/schema/ler-record", null, "200 200 200 200 200 200 200 200"));
        rows.add(get("/api/v1/organizations?type=EMPLOYER", null, "401 200 200 200 200 200 200 200"));

        rows.add(new Row("POST", "/api/v1/documents", "application/json", caller -> aliceBadge(), null,
                "401 403 403 403 403 201 201 201"));
        rows.add(new Row("POST", "/api/v1/documents?connector=" + tn.demoConnector, "application/json", caller -> aliceBadge(),
                tn.demoConnector, "401 403 403 403 403 201 404 201"));
        rows.add(new Row("POST", "/api/v1/documents?connector=" + in.demoConnector, "application/json", caller -> aliceBadge(),
                in.demoConnector, "401 403 403 403 403 404 201 201"));
        for (Side side : List.of(tn, in)) {
            String own = side == tn ? "200 404" : "404 200";
            rows.add(get("/api/v1/documents/" + side.documentId, side.documentId, "401 403 403 403 403 " + own + " 200"));
            rows.add(get("/api/v1/documents/" + side.documentId + "/original", side.documentId,
                    "401 403 403 403 403 " + own + " 200"));
            rows.add(new Row("POST", "/api/v1/documents/" + side.documentId + "/claim-codes", null, caller -> null,
                    side.documentId, "401 403 403 403 403 " + own.replace("200", "201") + " 201"));
        }

        // a record: its learner, an employer under a live grant, the owning agency; a hub admin is none of these
        rows.add(get("/api/v1/records/" + tn.recordId, tn.recordId, "401 200 404 200 404 200 404 404"));
        rows.add(get("/api/v1/records/" + in.recordId, in.recordId, "401 404 200 404 200 404 200 404"));

        String learnersOnly = "401 200 200 403 403 403 403 403";
        rows.add(get("/api/v1/me/records", null, learnersOnly));
        rows.add(get("/api/v1/me/consents", null, learnersOnly));
        rows.add(get("/api/v1/me/disclosures", null, learnersOnly));
        rows.add(get("/api/v1/me/export", null, learnersOnly));
        rows.add(new Row("POST", "/api/v1/me/consents", "application/json",
                caller -> grantOf("bob".equals(caller) ? in : tn), null, learnersOnly.replace("200", "201")));
        rows.add(new Row("PUT", "/api/v1/me/consents/" + tn.grantId, "application/json", caller -> grantOf(tn), tn.grantId,
                "401 200 404 403 403 403 403 403"));
        rows.add(new Row("PUT", "/api/v1/me/consents/" + in.grantId, "application/json", caller -> grantOf(in), in.grantId,
                "401 404 200 403 403 403 403 403"));
        // revoking or erasing is the owner's alone; the owners' own calls are tested in ConsentApiTest
        rows.add(new Row("DELETE", "/api/v1/me/consents/" + tn.grantId, null, caller -> null, tn.grantId,
                "401 - 404 403 403 403 403 403"));
        rows.add(new Row("DELETE", "/api/v1/me/consents/" + in.grantId, null, caller -> null, in.grantId,
                "401 404 - 403 403 403 403 403"));
        rows.add(new Row("DELETE", "/api/v1/me", null, caller -> null, null, "401 - - 403 403 403 403 403"));
        rows.add(new Row("POST", "/api/v1/me/claims", "application/json", caller -> json("{\"code\":\"not-a-code\"}"), null,
                learnersOnly.replace("200", "400")));

        rows.add(get("/api/v1/search?size=100", null, "401 403 403 200 200 403 403 403"));
        rows.add(get("/api/v1/search?q=isolation&size=100", null, "401 403 403 200 200 403 403 403"));

        String agencies = "401 403 403 403 403 200 200 200";
        rows.add(get("/api/v1/connectors", null, agencies));
        rows.add(new Row("POST", "/api/v1/connectors", "application/json", caller -> json(
                "{\"name\":\"Matrix upload\",\"kind\":\"upload\",\"format\":\"ob3\",\"agency\":\"tn\"}"), null,
                agencies.replace("200", "201")));
        rows.add(get("/api/v1/dead-letters", null, agencies));
        rows.add(get("/api/v1/trusted-issuers", null, agencies));
        rows.add(new Row("POST", "/api/v1/trusted-issuers", "application/json", caller -> json(
                "{\"issuer\":\"did:example:matrix-" + UUID.randomUUID() + "\",\"agency\":\"tn\"}"), null,
                agencies.replace("200", "201")));
        for (Side side : List.of(tn, in)) {
            String own = side == tn ? "200 404" : "404 200";
            String ownOnly = side == tn ? "- 404" : "404 -";
            for (String connector : List.of(side.demoConnector, side.webhookId)) {
                rows.add(get("/api/v1/connectors/" + connector, connector, "401 403 403 403 403 " + own + " 200"));
                rows.add(get("/api/v1/connectors/" + connector + "/status", connector, "401 403 403 403 403 " + own + " 200"));
            }
            rows.add(new Row("PUT", "/api/v1/connectors/" + side.webhookId, "application/json",
                    caller -> json("{\"name\":\"Isolation webhook, renamed\"}"), side.webhookId,
                    "401 403 403 403 403 " + own + " 200"));
            rows.add(new Row("POST", "/api/v1/connectors/" + side.webhookId + "/dry-run", "application/json",
                    caller -> aliceBadge(), side.webhookId, "401 403 403 403 403 " + own + " 200"));
            rows.add(new Row("DELETE", "/api/v1/connectors/" + side.webhookId, null, caller -> null, side.webhookId,
                    "401 403 403 403 403 " + ownOnly + " -"));
            // the webhook inbox answers only to the connector's secret, whoever calls
            byte[] forged = aliceBadge();
            rows.add(new Row("POST", "/api/v1/connectors/" + side.webhookId + "/inbound", "application/json", caller -> forged,
                    side.webhookId, "401 401 401 401 401 401 401 401", "X-LER-Signature",
                    "sha256=" + hmac("not-" + side.webhookSecret, forged)));
            rows.add(get("/api/v1/dead-letters/" + side.deadLetterId, side.deadLetterId,
                    "401 403 403 403 403 " + own + " 200"));
            rows.add(new Row("POST", "/api/v1/dead-letters/" + side.deadLetterId + "/replay", "application/xml",
                    caller -> null, side.deadLetterId, "401 403 403 403 403 " + ownOnly + " -"));
            rows.add(new Row("DELETE", "/api/v1/dead-letters/" + side.deadLetterId, null, caller -> null, side.deadLetterId,
                    "401 403 403 403 403 " + ownOnly + " -"));
            // an agency admin names no agency: the other agency's issuer is simply not on their list
            rows.add(new Row("DELETE", "/api/v1/trusted-issuers?issuer=" + side.issuer + "&agency=" + side.agency, null,
                    caller -> null, side.issuer, "401 403 403 403 403 " + ownOnly + " -"));
        }

        String hubAdmins = "401 403 403 403 403 403 403 200";
        rows.add(get("/api/v1/admin/audit/verify", null, hubAdmins));
        rows.add(get("/api/v1/admin/identity-reviews", null, hubAdmins));
        rows.add(new Row("POST", "/api/v1/admin/reindex", null, caller -> null, null, hubAdmins));
        rows.add(new Row("POST", "/api/v1/admin/identity-reviews/" + UUID.randomUUID() + "/resolve", "application/json",
                caller -> json("{}"), null, hubAdmins.replace("200", "-")));
        return rows;
    }

    /**
     * Runs every cell and checks every answer; returns what went wrong, one line per failed cell.
     *
     * @param callers who signs in for each column (the same names, or stand-ins such as a service account)
     */
    List<String> run(List<String> callers) {
        List<String> failures = new ArrayList<>();
        Set<String> refusals = new HashSet<>();
        for (Row row : rows()) {
            String[] cells = row.expected().split(" ");
            assertThat(cells).as(row.path()).hasSize(callers.size());
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].equals("-")) {
                    continue;
                }
                String caller = callers.get(i);
                String cell = row.method() + " " + row.path() + " as " + (caller == null ? "anonymous" : caller);
                byte[] body = row.body().apply(caller);
                String sent = row.path() + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
                HubClient.Response response = hub.send(row.method(), caller, row.path(), row.contentType(), body,
                        row.headers());
                int expected = Integer.parseInt(cells[i]);
                if (response.status() != expected) {
                    failures.add(cell + ": expected " + expected + ", got " + response.status() + " " + response.text());
                    continue;
                }
                for (String secret : unreadableBy(CALLERS.get(i))) {
                    if (!sent.contains(secret) && response.text().contains(secret)) {
                        failures.add(cell + ": the answer contains " + secret);
                    }
                }
                if (expected >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(cell + ": a refusal must be a problem, got " + response.contentType());
                }
                if (expected == 403) {
                    refusals.add(response.text());
                }
                if ((expected == 404 || expected == 401) && row.resourceId() != null) {
                    String nothing = UUID.randomUUID().toString();
                    HubClient.Response absent = hub.send(row.method(), caller, row.path().replace(row.resourceId(), nothing),

                            row.contentType(), row.body().apply(caller), row.headers());
                    if (absent.status() != expected || !absent.text().replace(nothing, "ID")
                            .equals(response.text().replace(row.resourceId(), "ID"))) {
                        failures.add(cell + ": the refusal differs from the answer for nothing at all: "
                                + response.text() + " vs " + absent.text());
                    }
                }
            }
        }
        if (refusals.size() > 1) {
            failures.add("every role refusal must read the same, got " + refusals);
        }
        return failures;
    }

    /** After the matrix: what the other side tried to read, change or remove is still its owners', as it was. */
    void ownersStillHaveWhatOthersTriedToTouch() {
        for (Side side : List.of(tn, in)) {
            assertThat(ok(hub.get(side.learner, "/api/v1/me/records"), 200).findValuesAsString("id")).contains(side.recordId);
            assertThat(ok(hub.get(side.learner, "/api/v1/me/consents"), 200).findValuesAsString("id")).contains(side.grantId);
            assertThat(ok(hub.get(side.employerUser, "/api/v1/search?size=100"), 200).findValuesAsString("recordId"))
                    .contains(side.recordId);
            assertThat(ok(hub.get(side.agencyAdmin, "/api/v1/connectors"), 200).findValuesAsString("id"))
                    .contains(side.webhookId, side.demoConnector);
            assertThat(ok(hub.get(side.agencyAdmin, "/api/v1/trusted-issuers"), 200).toString()).contains(side.issuer);
            ok(hub.get(side.agencyAdmin, "/api/v1/dead-letters/" + side.deadLetterId), 200);
            // naming another agency changes nothing: an agency admin always writes for their own
            Side other = side == tn ? in : tn;
            assertThat(ok(hub.post(side.agencyAdmin, "/api/v1/connectors", "application/json", json(
                    "{\"name\":\"Elsewhere\",\"kind\":\"upload\",\"agency\":\"%s\"}".formatted(other.agency))), 201)
                    .path("agency").asString()).isEqualTo(side.agency);
            String document = ok(hub.post(side.agencyAdmin, "/api/v1/documents?agency=" + other.agency, "application/json",
                    aliceBadge()), 201).path("documentId").asString();
            assertThat(hub.get(other.agencyAdmin, "/api/v1/documents/" + document).status()).isEqualTo(404);
        }
    }

    /** What a caller of the matrix's column may never read: the other side's things, and any connector secret. */
    private List<String> unreadableBy(String caller) {
        List<String> secrets = new ArrayList<>(List.of(tn.webhookSecret, in.webhookSecret));
        Map<String, Side> sides = Map.of("alice", tn, "acme-hr", tn, "tn-admin", tn, "bob", in, "globex-hr", in,
                "in-admin", in);
        if (caller == null) {
            secrets.addAll(tn.owned());
            secrets.addAll(in.owned());
        } else if (sides.containsKey(caller)) {
            Side own = sides.get(caller);
            Side other = own == tn ? in : tn;
            secrets.addAll(other.owned());
            if (caller.endsWith("-admin")) {
                secrets.add(other.demoConnector);
            } else { // learners and employers never see an agency's workings
                secrets.addAll(List.of(own.deadLetterId, own.webhookId, own.issuer));
            }
        }
        return secrets;
    }

    private Row get(String path, String resourceId, String expected) {
        return new Row("GET", path, null, caller -> null, resourceId, expected);
    }

    private byte[] aliceBadge() {
        return TestBadges.badge(tn.email, "Matrix badge", "matrix-" + UUID.randomUUID());
    }

    private static byte[] grantOf(Side side) {
        return json("{\"employer\":\"%s\",\"scope\":\"ALL\",\"purpose\":\"isolation matrix\"}".formatted(side.employer));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hmac(String secret, byte[] body) {
        try {
            return ConnectorsApiTest.hmac(secret, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(HubClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response.json();
    }
}
