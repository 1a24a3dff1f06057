package org.lerhub.admin.site;

/** Something that is not there, or not the user's to see: the page answers the same for both. */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found");
    }
}
