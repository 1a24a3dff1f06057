package org.lerhub.demo;

/**
 * Real O*NET codes that demo badges align to: occupations (O*NET-SOC 2019) and skill and knowledge descriptors
 * from the O*NET content model. Real codes rather than invented ones, so that a skill search in the demo
 * behaves as it would on real badges.
 */
final class Onet {

    /** One Open Badges alignment target. */
    record Alignment(String targetName, String targetFramework, String targetCode, String targetUrl) {
    }

    static final Alignment REGISTERED_NURSES = occupation("29-1141.00", "Registered Nurses");
    static final Alignment WELDERS = occupation("51-4121.00", "Welders, Cutters, Solderers, and Brazers");
    static final Alignment USER_SUPPORT = occupation("15-1232.00", "Computer User Support Specialists");
    static final Alignment NETWORK_SUPPORT = occupation("15-1231.00", "Computer Network Support Specialists");
    static final Alignment BOOKKEEPING_CLERKS =
            occupation("43-3031.00", "Bookkeeping, Accounting, and Auditing Clerks");
    static final Alignment CUSTOMER_SERVICE_REPS = occupation("43-4051.00", "Customer Service Representatives");
    static final Alignment PROJECT_MANAGEMENT = occupation("13-1082.00", "Project Management Specialists");
    static final Alignment MACHINERY_MECHANICS = occupation("49-9041.00", "Industrial Machinery Mechanics");
    static final Alignment ROBOTICS_TECHNICIANS = occupation("17-3024.01", "Robotics Technicians");

    static final Alignment SERVICE_ORIENTATION = skill("2.B.1.f", "Service Orientation");
    static final Alignment MONITORING = skill("2.A.2.d", "Monitoring");
    static final Alignment TROUBLESHOOTING = skill("2.B.3.k", "Troubleshooting");
    static final Alignment OPERATION_AND_CONTROL = skill("2.B.3.h", "Operation and Control");
    static final Alignment QUALITY_CONTROL_ANALYSIS = skill("2.B.3.m", "Quality Control Analysis");
    static final Alignment PROGRAMMING = skill("2.B.3.e", "Programming");
    static final Alignment SYSTEMS_ANALYSIS = skill("2.B.4.g", "Systems Analysis");
    static final Alignment TIME_MANAGEMENT = skill("2.B.5.a", "Time Management");
    static final Alignment MATHEMATICS = skill("2.A.1.e", "Mathematics");

    static final Alignment MEDICINE = knowledge("2.C.5.a", "Medicine and Dentistry");
    static final Alignment COMPUTERS = knowledge("2.C.3.a", "Computers and Electronics");
    static final Alignment DESIGN = knowledge("2.C.3.c", "Design");
    static final Alignment MECHANICAL = knowledge("2.C.3.e", "Mechanical");
    static final Alignment PRODUCTION = knowledge("2.C.2.a", "Production and Processing");
    static final Alignment ACCOUNTING = knowledge("2.C.1.c", "Economics and Accounting");
    static final Alignment PUBLIC_SAFETY = knowledge("2.C.8.a", "Public Safety and Security");
    static final Alignment TELECOMMUNICATIONS = knowledge("2.C.9.a", "Telecommunications");

    private Onet() {
    }

    private static Alignment occupation(String code, String name) {
        return new Alignment(name, "O*NET-SOC", code, "https://www.onetonline.org/link/summary/" + code);
    }

    private static Alignment skill(String code, String name) {
        return new Alignment(name, "O*NET Skills", code, descriptorUrl(code));
    }

    private static Alignment knowledge(String code, String name) {
        return new Alignment(name, "O*NET Knowledge", code, descriptorUrl(code));
    }

    private static String descriptorUrl(String code) {
        return "https://www.onetonline.org/find/descriptor/result/" + code;
    }
}
