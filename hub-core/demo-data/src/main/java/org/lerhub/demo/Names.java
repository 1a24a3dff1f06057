package org.lerhub.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Common US given and family names. A few carry accents, apostrophes or spaces on purpose, so the formats' text
 * escaping and the email addresses made from them get exercised.
 */
final class Names {

    static final List<String> GIVEN = List.of(
            "James", "Mary", "Michael", "Patricia", "Robert", "Jennifer", "John", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
            "Charles", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Ashley",
            "Donald", "Kimberly", "Steven", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol",
            "Kevin", "Amanda", "Brian", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "Jason", "Rebecca",
            "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Amy", "Gary", "Angela", "Nicholas", "Shirley",
            "Eric", "Brenda", "Jonathan", "Emma", "Justin", "Olivia", "Brandon", "Ava", "Tyler", "Sophia",
            "Marcus", "Jasmine", "DeShawn", "Aaliyah", "Luis", "Maria", "Carlos", "Gabriela", "Jos\u00e9",
            "Ren\u00e9e", "Minh", "Mei", "Priya", "Omar", "Fatima", "Wei", "Hannah", "Caleb", "Chloe", "Ethan");

    static final List<String> FAMILY = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
            "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward",
            "O'Brien", "O'Neal", "McDonald", "De La Cruz", "Pe\u00f1a", "Patel", "Kim", "Chen", "Tran", "Washington");

    private Names() {
    }

    /** A name as an email local part: lower case ASCII letters only ("Peña" → "pena", "O'Brien" → "obrien"). */
    static String emailPart(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
