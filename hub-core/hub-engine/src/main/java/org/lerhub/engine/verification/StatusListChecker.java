package org.lerhub.engine.verification;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.lerhub.schema.Check;
import org.lerhub.schema.VerificationStatus;

/**
 * Revocation and suspension through status lists ({@code BitstringStatusListEntry}, {@code StatusList2021Entry}):
 * the list credential is read through {@link RemoteDocuments} (offline: not checked, and the check says so), its
 * own proof is verified like any credential's, and the credential's bit is read from it. A set bit makes the
 * credential {@code REVOKED}. A list that cannot be read or trusted leaves revocation unknown (a warning), never
 * "not revoked".
 */
final class StatusListChecker {

    static final String CHECK = "status";
    private static final Set<String> ENTRY_TYPES = Set.of("BitstringStatusListEntry", "StatusList2021Entry");
    private static final Set<String> LIST_TYPES = Set.of("BitstringStatusList", "StatusList2021");
    private static final Set<String> PURPOSES = Set.of("revocation", "suspension");

    private final RemoteDocuments remote;

    StatusListChecker(RemoteDocuments remote) {
        this.remote = remote;
    }

    /**
     * @param verifyList checks a status list credential (its proofs, key controller, dates), without its own status
     */
    List<Finding> check(JsonObject credential, Function<JsonObject, List<Finding>> verifyList) {
        List<JsonObject> entries = JsonValues.objects(credential.get("credentialStatus"));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.size() == 1 ? CHECK : CHECK + "[" + i + "]";
            findings.add(checkEntry(name, entries.get(i), verifyList));
        }
        return findings;
    }

    private Finding checkEntry(String name, JsonObject entry, Function<JsonObject, List<Finding>> verifyList) {
        String type = JsonValues.string(entry, "type");
        if (!ENTRY_TYPES.contains(type)) {
            return Finding.skipped(name, "not checked: the status entry is of type " + type + "; this hub reads "
                    + String.join(" and ", ENTRY_TYPES.stream().sorted().toList()));
        }
        String purpose = JsonValues.string(entry, "statusPurpose");
        if (!PURPOSES.contains(purpose)) {
            return Finding.skipped(name, "not checked: the status purpose " + purpose + " is neither revocation nor"
                    + " suspension");
        }
        long index = index(entry.get("statusListIndex"));
        String listUrl = JsonValues.string(entry, "statusListCredential");
        if (index < 0 || listUrl == null) {
            return unknown(name, "the status entry lacks a valid statusListIndex or statusListCredential");
        }
        URI url;
        try {
            url = URI.create(listUrl);
        } catch (IllegalArgumentException e) {
            return unknown(name, "statusListCredential " + listUrl + " is not a URL");
        }
        RemoteDocuments.Fetched fetched = remote.fetch(url);
        if (fetched instanceof RemoteDocuments.NotFetched notFetched) {
            return Finding.skipped(name, "not checked: the status list at " + listUrl + " was not fetched: "
                    + notFetched.reason());
        }
        JsonObject list;
        try {
            list = StrictJson.parseObject(((RemoteDocuments.Found) fetched).body(), "the status list at " + listUrl);
        } catch (VerificationFailure e) {
            return unknown(name, e.reason());
        }
        List<Finding> listFindings = verifyList.apply(list);
        VerificationStatus listStatus = Finding.status(listFindings);
        if (listStatus != VerificationStatus.VERIFIED) {
            return unknown(name, "the status list at " + listUrl + " is not verified (" + listStatus + ": "
                    + firstProblem(listFindings) + ")");
        }
        return readBit(name, list, purpose, index, listUrl);
    }

    private static Finding readBit(String name, JsonObject list, String purpose, long index, String listUrl) {
        JsonObject subject = JsonValues.objects(list.get("credentialSubject")).stream().findFirst().orElse(null);
        if (subject == null || !LIST_TYPES.contains(JsonValues.string(subject, "type"))) {
            return unknown(name, "the document at " + listUrl + " is not a status list credential");
        }
        String listPurpose = JsonValues.string(subject, "statusPurpose");
        if (listPurpose != null && !listPurpose.equals(purpose)) {
            return unknown(name, "the status list at " + listUrl + " is for " + listPurpose + ", not " + purpose);
        }
        boolean set;
        try {
            set = Bitstring.decode(JsonValues.string(subject, "encodedList")).isSet(index);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return unknown(name, "the status list at " + listUrl + " cannot be read: " + e.getMessage());
        }
        String where = "entry " + index + " of the status list at " + listUrl + " (signed by "
                + JsonValues.issuerId(list) + ")";
        if (set) {
            String verb = "revocation".equals(purpose) ? "revoked" : "suspended";
            return Finding.failed(name, "the issuer has " + verb + " this credential: " + where + " is set",
                    VerificationStatus.REVOKED);
        }
        return Finding.passed(name, "not " + ("revocation".equals(purpose) ? "revoked" : "suspended") + ": " + where
                + " is clear");
    }

    private static Finding unknown(String name, String why) {
        return Finding.warning(name, "revocation could not be checked: " + why);
    }

    private static String firstProblem(List<Finding> findings) {
        return findings.stream().map(Finding::check)
                .filter(c -> c.outcome() != Check.Outcome.PASSED)
                .map(c -> c.name() + ": " + c.reason()).findFirst().orElse("no proof was verified");
    }

    /** The index as a number; issuers write it as a string (the spec) or a number (some fixtures). */
    private static long index(JsonValue value) {
        try {
            if (value instanceof JsonString s) {
                return Long.parseLong(s.getString());
            }
            if (value instanceof JsonNumber n && n.isIntegral()) {
                return n.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
        return -1;
    }
}
