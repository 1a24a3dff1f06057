package org.lerhub.engine.links;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ler.linked-resources.*}: which hosts mappers may fetch linked documents from (an Open Badges 2.0
 * BadgeClass or Issuer). Empty by default: no network at run time unless the operator allows it.
 *
 * @param allowedHosts hosts that may be fetched, e.g. {@code badges.example.edu}
 * @param mirrors      host → base URL to fetch from instead (an internal mirror of an issuer's site)
 */
@ConfigurationProperties("ler.linked-resources")
public record LinkedResourcesProperties(@DefaultValue List<String> allowedHosts, @DefaultValue Map<String, String> mirrors,
                                        @DefaultValue("5s") Duration timeout, @DefaultValue("1MB") DataSize maxSize,
                                        @DefaultValue("1h") Duration cacheFor) {
}
