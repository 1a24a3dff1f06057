package org.lerhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapesMarkupInTextAndAttributes() {
        String xml = new String(new XmlText()
                .open("Root", "note", "\"quoted\" & <tagged>")
                .element("Name", "O'Brien & Sons <Fabrication>")
                .element("Missing", null)
                .close("Root")
                .bytes(), StandardCharsets.UTF_8);

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Root note="&quot;quoted&quot; &amp; &lt;tagged&gt;">
                  <Name>O&apos;Brien &amp; Sons &lt;Fabrication&gt;</Name>
                </Root>
                """);
    }

    @Test
    void keepsOtherCharactersAsTheyAreInUtf8() {
        byte[] xml = new XmlText().open("Root").element("Name", "Peña \u2013 Zoë").close("Root").bytes();

        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<Name>Peña \u2013 Zoë</Name>");
    }
}
