package org.lerhub.mapping;

/** The content cannot be mapped. The message is the reason a person reads in the dead-letter list. */
public class MappingException extends Exception {

    public MappingException(String reason) {
        super(reason);
    }

    public MappingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
