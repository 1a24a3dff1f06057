package org.lerhub.schema;

/** What a record is about. Kept to three on purpose: achievements, courses and jobs cover LER sources. */
public enum RecordKind {
    /** Badge, certificate, degree, diploma, license, competency, military or industry training. */
    ACHIEVEMENT,
    /** One course taken, with term, credits and grade. */
    COURSE,
    /** One position held with one employer. */
    EMPLOYMENT
}
