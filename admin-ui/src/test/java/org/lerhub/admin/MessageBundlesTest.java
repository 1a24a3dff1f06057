package org.lerhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All text of the pages is in the bundles: every key a template names exists, in English and in Spanish. */
class MessageBundlesTest {

    /** A literal message key in a template: {@code #{nav.records}} or {@code #{'kind.' + ...}} (prefix only). */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");
    private static final Pattern PREFIX_KEY = Pattern.compile("#\\{'([a-zA-Z][\\w.]*\\.)' \\+");
    private static final Pattern ELEMENT_WITH_TEXT = Pattern.compile(
            "<([a-z][\\w:]*)((?:[^>\"]|\"[^\"]*\")*)>([^<]*[A-Za-z][^<]*)</\\1>");

    @Test
    void spanishHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(bundle("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundle() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String template : templates()) {
            Matcher literal = LITERAL_KEY.matcher(template);
            while (literal.find()) {
                if (!keys.contains(literal.group(1))) {
                    missing.add(literal.group(1));
                }
            }
            Matcher prefix = PREFIX_KEY.matcher(template);
            while (prefix.find()) {
                String start = prefix.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(start))) {
                    missing.add(start + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Text inside an element is only a placeholder that {@code th:text} replaces; none is shown as it is. */
    @Test
    void noTemplateShowsTextOutsideTheBundles() throws IOException {
        Set<String> hardCoded = new TreeSet<>();
        for (String template : templates()) {
            Matcher element = ELEMENT_WITH_TEXT.matcher(template);
            while (element.find()) {
                String attributes = element.group(2);
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:replace")
                        || attributes.contains("th:utext");
                boolean languageName = attributes.contains("lang=");
                if (!replaced && !languageName) {
                    hardCoded.add(element.group().strip());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /** With arguments a message goes through MessageFormat, where a lone apostrophe swallows the text after it. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_es.properties"}) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (message.matches("(?s).*\\{\\d[,}].*")) {
                    assertThat(message.replace("''", "")).as(name + " " + key).doesNotContain("'");
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Iterable<String> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
