package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.store.Records;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin UI in a real headless Chromium on the embedded demo: the learner's consent story, the employer's
 * search, an agency onboarding a source and fixing its dead letter, and an accessibility check (axe-core) with a
 * screenshot of every main page under {@code target/screenshots/}.
 */
class AdminUiBrowserTest extends HubTest {

    private static Browser browser;

    @Autowired LerProperties properties;
    @Autowired Records records;
    @Autowired JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private long indexRebuildsAudited() {
        return jdbc.sql("select count(*) from disclosures where action = 'INDEX_REBUILT' and actor = 'admin'")
                .query(Long.class).single();
    }

    /** One browser for the class, started with the first test (the hub's port is known only then). */
    private Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }

    @Test
    void aliceGrantsAcmeWhoFindsHerRecordUntilSheRevokes() {
        String skill = "ui-skill-" + suffix;
        String title = "Forklift safety " + suffix;
        HubClient.Response ingested = hub().post("tn-admin", "/api/v1/documents", "application/json",
                TestBadges.badge("alice@example.org", title, skill));
        assertThat(ingested.status()).as(ingested.text()).isEqualTo(201);
        String recordId = ingested.json().path("recordIds").get(0).asString();
        Browser b = browser();

        b.signIn("alice");
        b.checkPage("learner-home");
        b.open("/learner/records");
        assertThat(b.main()).contains(title, "Example College");
        WebElement row = b.driver().findElement(By.xpath("//tr[td/a[text()='" + title + "']]"));
        row.findElement(By.tagName("summary")).click();
        assertThat(row.getText()).as("the badge opens to the checks and their reasons")
                .contains("No proof checked", "not on the agency's trust list");
        b.checkPage("learner-records");
        b.go(By.linkText(title));
        assertThat(b.main()).contains(title, "Skills", skill);
        b.checkPage("learner-record");

        b.open("/learner/consents");
        new Select(b.driver().findElement(By.id("employer"))).selectByVisibleText("Acme");
        b.click(By.id("scope-RECORDS"));
        b.click(By.id("rec-" + recordId));
        b.type(By.id("purpose"), "job application");
        b.go(By.cssSelector("button[value=preview]"));
        String preview = b.driver().findElement(By.id("preview")).getText();
        assertThat(preview).contains("What Acme will see", "Acme will see this record in full", title,
                "Earnings are left out", "Until you revoke it");
        b.checkPage("learner-consent-preview");
        b.go(By.cssSelector("button[value=grant]"));
        assertThat(b.main()).contains("Acme can now see what you shared.");
        b.checkPage("learner-consents");

        b.signIn("acme-hr");
        b.open("/employer/search");
        b.checkPage("employer-search-empty");
        b.type(By.id("skill"), skill);
        b.go(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(b.main()).contains("1 record", title, "Issuer not on trust list");
        b.checkPage("employer-search-results");
        b.go(By.linkText(title));
        assertThat(b.main()).contains(title, "Example College", skill);
        b.checkPage("employer-record");
        assertThat(b.fetch(b.driver().findElement(By.linkText("Export this record (JSON)")).getAttribute("href")))
                .as("the released record, exported").contains("200 application/json", title, skill);

        b.signIn("alice");
        b.open("/learner/disclosures");
        assertThat(b.main()).contains("Acme (acme-hr)", "found in a search", "opened", title, "job application");
        b.checkPage("learner-disclosures");
        for (int i = 0; i < 50; i++) {
            assertThat(hub().get("acme-hr", "/api/v1/search?skill=" + skill).status()).isEqualTo(200);
        }
        b.open("/learner/disclosures");
        assertThat(b.driver().findElements(By.cssSelector("table.disclosures tbody tr"))).as("the latest page").hasSize(50);
        assertThat(b.driver().findElement(By.cssSelector("table.disclosures tbody")).getText()).doesNotContain("opened");
        b.go(By.linkText("Older looks"));
        assertThat(b.driver().findElement(By.cssSelector("table.disclosures tbody")).getText())
                .as("the look before the 50 searches").contains("opened", title);
        b.checkPage("learner-disclosures-older");
        b.go(By.linkText("Latest looks"));
        assertThat(b.driver().findElements(By.cssSelector("table.disclosures tbody tr"))).hasSize(50);
        b.open("/learner/consents");
        b.go(By.cssSelector("button[aria-label=\"Revoke Acme's access\"]"));
        assertThat(b.main()).contains("Acme can no longer see your records.");

        b.signIn("acme-hr");
        b.open("/employer/search?run=1&skill=" + skill);
        assertThat(b.main()).contains("No records").doesNotContain(title);
        b.open("/employer/records/" + recordId);
        assertThat(b.main()).contains("Not found").doesNotContain(title);
    }

    @Test
    void anAgencyAdminOnboardsAFileDropThroughTheWizardAndReplaysItsDeadLetter() throws Exception {
        String id = "ui-drop-" + suffix;
        String title = "Dropped badge " + suffix;
        String fixedTitle = "Fixed badge " + suffix;
        String uploadedTitle = "Uploaded badge " + suffix;
        Path sample = Files.createTempFile("sample-", ".json");
        Files.write(sample, TestBadges.badge("alice@example.org", "Sample badge " + suffix, "sampling"));
        Browser b = browser();

        b.signIn("tn-admin");
        b.checkPage("agency-home");
        b.open("/agency/onboarding");
        b.checkPage("wizard-kind");
        b.type(By.id("name"), "UI file drop " + suffix);
        b.type(By.id("id"), id);
        b.click(By.id("kind-file-drop"));
        b.go(By.cssSelector("main form button[type=submit]"));
        b.checkPage("wizard-format");
        b.go(By.cssSelector("main form button[type=submit]"));
        assertThat(b.main()).contains("inbox").contains(id);
        b.checkPage("wizard-source");
        b.go(By.cssSelector("main form button[type=submit]"));
        assertThat(b.main()).contains("This kind needs no credentials.");
        b.go(By.cssSelector("main form button[type=submit]"));
        b.driver().findElement(By.id("sample")).sendKeys(sample.toAbsolutePath().toString());
        b.go(By.cssSelector("main form button[type=submit]"));
        assertThat(b.main()).contains("Read as ob3: 1 record.", "Sample badge " + suffix, "No proof checked");
        b.checkPage("wizard-test");
        b.go(By.linkText("Next"));
        assertThat(b.main()).contains("UI file drop " + suffix, "a sample passed");
        b.checkPage("wizard-activate");
        b.go(By.cssSelector("main form button[type=submit]"));
        assertThat(b.main()).contains("The connector is active.", "Nothing has arrived yet.");
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id).status()).isEqualTo(200);
        assertThat(hub().get("tn-admin", "/api/v1/connectors/" + id + "/status").json().at("/documents/received")
                .asLong()).as("the dry run stored nothing").isZero();

        Path inbox = properties.inboxDir().resolve(id);
        Files.createDirectories(inbox);
        String good = new String(TestBadges.badge("alice@example.org", title, "dropping"), StandardCharsets.UTF_8);
        String broken = new String(TestBadges.badge("alice@example.org", fixedTitle, "fixing"), StandardCharsets.UTF_8)
                .stripTrailing();
        broken = broken.substring(0, broken.length() - 1); // the last brace is missing
        Files.writeString(inbox.resolve("good.json"), good);
        Files.writeString(inbox.resolve("broken.json"), broken);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".done/good.json"))
                && Files.exists(inbox.resolve(".failed/broken.json")));

        b.open("/agency/connectors/" + id);
        assertThat(b.main()).contains(title, "good.json", "broken.json", "Dead letter", "1 stored");
        b.checkPage("agency-connector");
        b.open("/agency/connectors");
        assertThat(b.main()).contains("UI file drop " + suffix);
        assertThat(b.driver().findElement(By.xpath("//tr[th/span[text()='" + id + "']]//*[local-name()='svg']"))
                .getAttribute("aria-label")).as("the throughput chart").isEqualTo("Last 14 days: 1 stored, 1 dead letter");
        b.checkPage("agency-connectors");

        b.open("/agency/dead-letters");
        b.checkPage("agency-dead-letters");
        b.go(By.xpath("//tr[td[text()='" + id + "']]//a"));
        assertThat(b.main()).contains("broken.json");
        b.checkPage("agency-dead-letter");
        WebElement content = b.driver().findElement(By.id("content"));
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "}");
        b.go(By.xpath("//button[text()='Replay the edited version']"));
        assertThat(b.main()).contains("Replayed: 1 record stored.");
        assertThat(b.driver().findElements(By.xpath("//tr[td[text()='" + id + "']]"))).isEmpty();

        b.open("/agency/connectors/" + id);
        assertThat(b.main()).contains(fixedTitle, title);

        Path uploads = Files.createTempDirectory("uploads-");
        Files.writeString(uploads.resolve("uploaded.json"),
                new String(TestBadges.badge("alice@example.org", uploadedTitle, "uploading"), StandardCharsets.UTF_8));
        Files.writeString(uploads.resolve("uploaded-broken.json"), broken.replace(fixedTitle, "Broken upload " + suffix));
        b.driver().findElement(By.id("files")).sendKeys(uploads.resolve("uploaded.json").toAbsolutePath() + "\n"
                + uploads.resolve("uploaded-broken.json").toAbsolutePath());
        b.go(By.xpath("//button[text()='Upload']"));
        b.awaitMain("Finished");
        assertThat(b.main()).contains("Uploading documents", "2 of 2 processed: 1 succeeded, 1 failed.",
                "uploaded-broken.json");
        b.checkPage("job-upload");
        b.go(By.linkText("Back"));
        assertThat(b.main()).contains(uploadedTitle, "uploaded-broken.json");

        b.open("/agency/dead-letters");
        b.click(By.xpath("//tr[td[text()='" + id + "']]//input[@type='checkbox']"));
        b.go(By.xpath("//button[text()='Replay selected']"));
        b.awaitMain("Finished");
        assertThat(b.main()).as("the original is still broken").contains("Replaying dead letters",
                "1 of 1 processed: 0 succeeded, 1 failed.", "uploaded-broken.json");
        b.checkPage("job-replay");
        b.go(By.linkText("Back"));
        b.go(By.xpath("//tr[td[text()='" + id + "']]//a"));
        assertThat(b.main()).as("the failed replay is a new dead letter").contains("uploaded-broken.json");
        b.click(By.id("sure"));
        b.go(By.xpath("//button[text()='Discard']"));
        assertThat(b.main()).contains("The dead letter is discarded.");
        assertThat(b.driver().findElements(By.xpath("//tr[td[text()='" + id + "']]"))).isEmpty();

        b.signIn("in-admin");
        b.open("/agency/connectors/" + id);
        assertThat(b.main()).as("another agency's connector").contains("Not found").doesNotContain(title);
    }

    @Test
    void theOtherMainPagesPassTheAccessibilityCheckInEnglishAndSpanish() {
        Browser b = browser();
        b.driver().manage().deleteAllCookies();
        b.open("/login");
        b.checkPage("login");

        b.signIn("alice");
        b.open("/learner/data");
        assertThat(b.main()).contains("Download my data", "Erase my data");
        assertThat(b.fetch(b.driver().findElement(By.linkText("As a CLR 2.0 credential (JSON)")).getAttribute("href")))
                .as("my records for other systems").startsWith("200 application/vc+ld+json").contains("ClrCredential");
        b.checkPage("learner-data");
        b.open("/learner/consents?lang=es");
        assertThat(b.main()).contains("Centro de consentimiento");
        b.checkPage("learner-consents-es");
        b.open("/learner/records?lang=en");

        b.signIn("tn-admin");
        b.open("/agency/trust");
        b.type(By.id("issuer"), "did:web:ui-" + suffix + ".example.edu");
        b.type(By.id("name"), "UI College " + suffix);
        b.go(By.xpath("//button[text()='Trust this issuer']"));
        assertThat(b.main()).contains("The issuer is on the list.", "UI College " + suffix);
        b.checkPage("agency-trust");

        b.signIn("admin");
        b.open("/hub/organizations");
        assertThat(b.main()).contains("Acme", "Tennessee Board of Regents");
        b.checkPage("hub-organizations");
        b.open("/hub/identity-reviews");
        b.checkPage("hub-identity-reviews");
        b.open("/hub/operations");
        b.go(By.xpath("//button[text()='Check the chain']"));
        assertThat(b.main()).contains("The chain is intact");
        b.checkPage("hub-operations");
        long rebuildsAudited = indexRebuildsAudited();
        b.go(By.xpath("//button[text()='Rebuild the index']"));
        b.awaitMain("Finished");
        long stored = records.count();
        assertThat(b.main()).contains("Rebuilding the search index",
                stored + " of " + stored + " processed: " + stored + " succeeded, 0 failed.");
        b.checkPage("job-reindex");
        assertThat(indexRebuildsAudited()).as("in the audit chain").isEqualTo(rebuildsAudited + 1);

        b.open("/learner/records");
        assertThat(b.main()).as("a hub admin is no learner").contains("Not for your role");
    }

    @Test
    void bobErasesHisDataOnlyOnceHeConfirms() {
        String title = "Erase me " + suffix;
        assertThat(hub().post("tn-admin", "/api/v1/documents", "application/json",
                TestBadges.badge("bob@example.org", title, "erasing")).status()).isEqualTo(201);
        Browser b = browser();

        b.signIn("bob");
        b.open("/learner/records");
        assertThat(b.main()).contains(title);
        b.open("/learner/data");
        b.click(By.xpath("//button[text()='Erase my data']"));
        assertThat(b.driver().getCurrentUrl()).as("not without the tick").endsWith("/learner/data");
        assertThat(b.driver().findElement(By.id("confirm")).getDomProperty("validationMessage")).isNotEmpty();
        b.click(By.id("confirm"));
        b.go(By.xpath("//button[text()='Erase my data']"));
        assertThat(b.main()).contains("Your data was erased and you are signed out.");
        b.checkPage("learner-erased");
        b.open("/learner/records");
        assertThat(b.driver().getCurrentUrl()).as("signed out").contains("/login");

        b.signIn("bob");
        b.open("/learner/records");
        assertThat(b.main()).contains("The hub holds no records about you yet.").doesNotContain(title);
    }
}
