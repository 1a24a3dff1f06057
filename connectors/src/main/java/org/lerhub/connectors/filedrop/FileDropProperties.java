package org.lerhub.connectors.filedrop;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * File-drop connectors from configuration ({@code ler.connectors.file-drop}): each reads
 * {@code <data-dir>/inbox/<id>/} for the agency it belongs to.
 */
@ConfigurationProperties("ler.connectors")
public record FileDropProperties(@DefaultValue List<FileDrop> fileDrop) {

    /**
     * @param format a format id, or null / {@code auto} to detect each file's format
     */
    public record FileDrop(String id, String agency, String format) {
    }
}
