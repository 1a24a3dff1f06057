package org.lerhub.mapping;

/** What the hub lends a mapper besides the document itself. */
public record MappingContext(LinkedResources linkedResources) {

    /** No network: what every mapper gets unless the operator allowed fetching linked resources. */
    public static final MappingContext OFFLINE = new MappingContext(LinkedResources.NONE);
}
